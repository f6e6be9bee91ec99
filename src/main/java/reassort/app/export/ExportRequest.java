package reassort.app.export;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import reassort.store.ProposalKey;
import reassort.store.ProposalStatus;

/**
 * What to export and how.
 *
 * @param statuses the proposals to export by status (APPROVED by default); ignored when {@code selection} is given
 * @param selection the planner's chosen proposals (empty: by status)
 * @param perLocation one sheet (or CSV file) per supplier × destination rather than per supplier
 * @param target a file, or a folder to write into under generated names
 * @param markExported set the exported proposals' status to EXPORTED with the file name and time
 */
public record ExportRequest(
        Set<ProposalStatus> statuses,
        Set<ProposalKey> selection,
        boolean perLocation,
        ExportFormat format,
        ExportLanguage language,
        Path target,
        boolean markExported) {
    public ExportRequest {
        statuses = statuses == null || statuses.isEmpty() ? EnumSet.of(ProposalStatus.APPROVED) : Set.copyOf(statuses);
        selection = selection == null ? Set.of() : Set.copyOf(selection);
        format = format == null ? ExportFormat.XLSX : format;
        language = language == null ? ExportLanguage.FRENCH : language;
        if (target == null) {
            throw new IllegalArgumentException("The export needs a file or a folder to write to. Maybe pass --out.");
        }
    }

    /** What the export dialog asks for: one status, or the planner's selection when it is not empty. */
    public static ExportRequest of(ExportStatus status, Set<OrderKey> selection, boolean perLocation, ExportFormat format,
            ExportLanguage language, Path target, boolean markExported) {
        return new ExportRequest(Set.of(status.toStore()), selection.stream().map(OrderKey::toStore)
                .collect(java.util.stream.Collectors.toSet()), perLocation, format, language, target, markExported);
    }

    /** Approved proposals, one sheet per supplier, marked as exported. */
    public static ExportRequest approved(ExportFormat format, ExportLanguage language, Path target) {
        return new ExportRequest(Set.of(ProposalStatus.APPROVED), Set.of(), false, format, language, target, true);
    }

    public ExportRequest withPerLocation(boolean value) {
        return new ExportRequest(statuses, selection, value, format, language, target, markExported);
    }

    public ExportRequest withStatuses(Set<ProposalStatus> value) {
        return new ExportRequest(value, selection, perLocation, format, language, target, markExported);
    }

    public ExportRequest withSelection(Set<ProposalKey> value) {
        return new ExportRequest(statuses, value, perLocation, format, language, target, markExported);
    }

    public ExportRequest withMarkExported(boolean value) {
        return new ExportRequest(statuses, selection, perLocation, format, language, target, value);
    }
}
