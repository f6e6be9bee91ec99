package reassort.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.eventusermodel.AbortableHSSFListener;
import org.apache.poi.hssf.eventusermodel.FormatTrackingHSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.eventusermodel.HSSFUserException;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;

/**
 * Streams an XLS (BIFF8) workbook with POI's HSSF event API: records go by one at a time and only the current row
 * is held. Reading one sheet replays the workbook stream from the start and stops after that sheet.
 */
final class XlsSource implements WorkbookSource {
    private final Path file;
    private final POIFSFileSystem fileSystem;
    private final List<String> names;

    private XlsSource(Path file, POIFSFileSystem fileSystem) {
        this.file = file;
        this.fileSystem = fileSystem;
        this.names = readSheetNames();
    }

    /** Takes ownership of the file system (closes it on failure and on {@link #close()}). */
    static XlsSource open(Path file, POIFSFileSystem fileSystem) {
        try {
            return new XlsSource(file, fileSystem);
        } catch (RuntimeException e) {
            closeQuietly(fileSystem);
            throw e;
        }
    }

    @Override
    public FileFormat format() {
        return FileFormat.XLS;
    }

    @Override
    public List<String> sheetNames() {
        return names;
    }

    private List<String> readSheetNames() {
        List<BoundSheetRecord> bound = new ArrayList<>();
        process(new AbortableHSSFListener() {
            private boolean inGlobals;

            @Override
            public short abortableProcessRecord(Record record) {
                if (record instanceof BOFRecord bof) {
                    if (bof.getType() == BOFRecord.TYPE_WORKBOOK) {
                        inGlobals = true;
                        return 0;
                    }
                    return 1;
                }
                if (inGlobals && record instanceof BoundSheetRecord sheet) bound.add(sheet);
                return 0;
            }
        });
        bound.sort(Comparator.comparingInt(BoundSheetRecord::getPositionOfBof));
        List<String> sheetNames = new ArrayList<>();
        for (BoundSheetRecord sheet : bound) sheetNames.add(sheet.getSheetname());
        return List.copyOf(sheetNames);
    }

    @Override
    public void readSheet(int sheetIndex, RowVisitor visitor) {
        process(new SheetListener(sheetIndex, visitor));
    }

    private void process(AbortableHSSFListener listener) {
        HSSFRequest request = new HSSFRequest();
        request.addListenerForAllRecords(listener);
        try {
            new HSSFEventFactory().abortableProcessWorkbookEvents(request, fileSystem.getRoot());
        } catch (VisitorFailure e) {
            throw e.unwrap();
        } catch (EncryptedDocumentException e) {
            throw passwordProtected(file, e);
        } catch (OldExcelFormatException e) {
            throw new SpreadsheetRefusedException(file, "was saved by Excel 95 or older, which Reassort does not"
                    + " read. Open it in Excel and save it as .xlsx, then import again.", e);
        } catch (IOException | HSSFUserException | RuntimeException e) {
            WorkbookSource.rethrowIfCancelled(e);
            throw ZipGuard.damaged(file, "its workbook records cannot be read (" + Text.shown(String.valueOf(
                    e.getMessage())) + ")", e);
        }
    }

    static SpreadsheetRefusedException passwordProtected(Path file, Throwable cause) {
        return new SpreadsheetRefusedException(file, "is password-protected. Remove the password in Excel (File >"
                + " Info > Protect Workbook > Encrypt with Password, clear it), save, and import again.", cause);
    }

    @Override
    public void close() {
        closeQuietly(fileSystem);
    }

    private static void closeQuietly(POIFSFileSystem fileSystem) {
        try {
            fileSystem.close();
        } catch (IOException | RuntimeException ignored) {
            // nothing left to do
        }
    }

    /** Collects one sheet's cells row by row and hands each finished row to the visitor. */
    private static final class SheetListener extends AbortableHSSFListener {
        private final int targetSheet;
        private final RowVisitor visitor;
        private final FormatTrackingHSSFListener formats = new FormatTrackingHSSFListener(record -> {});
        private SSTRecord strings;
        private boolean date1904;
        private int depth;
        private int sheetIndex = -1;
        private boolean inTarget;
        private int currentRow = -1;
        private List<CellValue> cells = new ArrayList<>();
        private FormulaRecord pendingStringFormula;

        SheetListener(int targetSheet, RowVisitor visitor) {
            this.targetSheet = targetSheet;
            this.visitor = visitor;
        }

        @Override
        public short abortableProcessRecord(Record record) {
            formats.processRecordInternally(record);
            if (record instanceof BOFRecord bof) {
                depth++;
                if (depth == 1 && bof.getType() != BOFRecord.TYPE_WORKBOOK) {
                    sheetIndex++;
                    inTarget = sheetIndex == targetSheet;
                }
                return 0;
            }
            if (record instanceof EOFRecord) {
                depth--;
                if (depth == 0 && inTarget) {
                    flush();
                    return 1;
                }
                return 0;
            }
            if (record instanceof SSTRecord sst) {
                strings = sst;
                return 0;
            }
            if (record instanceof DateWindow1904Record window) {
                date1904 = window.getWindowing() == 1;
                return 0;
            }
            if (!inTarget || depth != 1) return 0;
            boolean keepGoing = true;
            if (record instanceof LabelSSTRecord label) {
                String text = strings == null ? "" : strings.getString(label.getSSTIndex()).getString();
                keepGoing = put(label, CellValue.text(text));
            } else if (record instanceof LabelRecord label) {
                keepGoing = put(label.getRow(), label.getColumn(), CellValue.text(label.getValue()));
            } else if (record instanceof NumberRecord number) {
                keepGoing = put(number, number(number, number.getValue()));
            } else if (record instanceof FormulaRecord formula) {
                keepGoing = formula(formula);
            } else if (record instanceof StringRecord string && pendingStringFormula != null) {
                FormulaRecord formula = pendingStringFormula;
                pendingStringFormula = null;
                keepGoing = put(formula, CellValue.text(string.getString()));
            } else if (record instanceof BoolErrRecord boolErr) {
                keepGoing = put(boolErr, boolErr.isBoolean() ? CellValue.bool(boolErr.getBooleanValue())
                        : CellValue.error(FormulaError.forInt(boolErr.getErrorValue()).getString()));
            }
            return keepGoing ? (short) 0 : (short) 1;
        }

        private boolean formula(FormulaRecord formula) {
            CellType type = formula.getCachedResultTypeEnum();
            return switch (type) {
                case NUMERIC -> put(formula, number(formula, formula.getValue()));
                case STRING -> {
                    pendingStringFormula = formula;
                    yield true;
                }
                case BOOLEAN -> put(formula, CellValue.bool(formula.getCachedBooleanValue()));
                case ERROR -> put(formula, CellValue.error(FormulaError.forInt(formula.getCachedErrorValue())
                        .getString()));
                default -> true;
            };
        }

        private CellValue number(CellValueRecordInterface record, double value) {
            int formatIndex = formats.getFormatIndex(record);
            String formatString = formats.getFormatString(record);
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return CellValue.date(DateUtil.getLocalDateTime(value, date1904), value);
            }
            return CellValue.number(value, formatString != null && formatString.contains("%"));
        }

        private boolean put(CellValueRecordInterface record, CellValue value) {
            return put(record.getRow(), record.getColumn(), value);
        }

        private boolean put(int row, int column, CellValue value) {
            boolean keepGoing = true;
            if (row != currentRow) {
                keepGoing = flush();
                currentRow = row;
            }
            while (cells.size() < column) cells.add(CellValue.BLANK);
            if (cells.size() == column) {
                cells.add(value);
            } else {
                cells.set(column, value);
            }
            return keepGoing;
        }

        private boolean flush() {
            if (currentRow < 0 || cells.isEmpty() || cells.stream().allMatch(CellValue::isBlank)) {
                cells.clear();
                return true;
            }
            List<CellValue> row = cells;
            cells = new ArrayList<>(row.size());
            return WorkbookSource.visit(visitor, currentRow + 1L, row);
        }
    }
}
