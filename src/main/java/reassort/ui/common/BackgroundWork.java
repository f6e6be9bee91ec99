package reassort.ui.common;

import reassort.domain.ProgressListener;

/** Work run off the FX thread; it reports progress and returns an immutable result applied on the FX thread. */
@FunctionalInterface
public interface BackgroundWork<T> {
    T run(ProgressListener progress) throws Exception;
}
