package reassort.app.imports;

import reassort.domain.Dataset;

/**
 * What an import did to one dataset: records read from the files, then inserted, replaced (sales of the same
 * location, channel and dates imported before) and updated (master data whose key existed).
 */
public record ImportedCounts(Dataset dataset, long read, long inserted, long replaced, long updated) {}
