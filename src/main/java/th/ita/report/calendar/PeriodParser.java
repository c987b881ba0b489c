package th.ita.report.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import th.ita.report.text.Normalized;
import th.ita.report.text.Numerals;

/**
 * Reads the period cell of a department workbook. The whole text is cut into known tokens first
 * and anything not understood makes the cell unreadable: a wrong guess would silently move a
 * measure in time, while an unreadable cell is kept as written and warned about.
 */
public final class PeriodParser {

    private enum Kind { MONTH, NUMBER, SEPARATOR, BUDDHIST_ERA, FISCAL_YEAR, YEAR_WORD, WHOLE, QUARTER, FILLER }

    private record Rule(Pattern pattern, Kind kind, Month month) {
    }

    private record Token(Kind kind, String text, Month month) {
    }

    /** One end of a month range; day and year are null when not written. */
    private record Point(Integer day, Month month, Integer buddhistYear) {
    }

    /** Thrown inside the parser only; parse() turns it into an empty result. */
    private static final class Unreadable extends Exception {
        Unreadable() {
            super(null, null, false, false);
        }
    }

    // Abbreviations are read with or without their dots ("ก.พ.", "ก.พ", "กพ", "ก. พ."), but a space
    // alone never joins two letters, so "ก พ" stays unreadable.
    private static final String INNER_DOT = "(?:\\s*\\.\\s*)?";
    private static final String TRAILING_DOT = "(?:\\s*\\.)?";

    private static final Pattern FORMAT_CHARACTERS = Pattern.compile("\\p{Cf}+");

    private static final List<Rule> RULES = rules();

    private final FiscalYear fiscalYear;

    public PeriodParser(FiscalYear fiscalYear) {
        this.fiscalYear = Objects.requireNonNull(fiscalYear, "fiscalYear");
    }

    /** Empty when the text cannot be read as a period (caller keeps the text as written and warns). */
    public Optional<Period> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        List<Token> tokens = tokenize(text);
        if (tokens == null || tokens.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Reader(tokens).period());
        } catch (Unreadable e) {
            return Optional.empty();
        }
    }

    /** A date cell: that month. */
    public Period fromDate(LocalDate date) {
        YearMonth month = YearMonth.from(date);
        return new Period(month, month);
    }

    private static List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        for (Month month : Month.values()) {
            rules.add(new Rule(Pattern.compile(Pattern.quote(ThaiDates.monthName(month))), Kind.MONTH, month));
            rules.add(new Rule(abbreviation(ThaiDates.monthAbbreviation(month)), Kind.MONTH, month));
        }
        rules.add(new Rule(Pattern.compile("\\d+"), Kind.NUMBER, null));
        // Hyphen, en dash, em dash and their look-alikes that word processors substitute.
        rules.add(new Rule(Pattern.compile("[-\u2010\u2011\u2012\u2013\u2014\u2212]|(?:จน)?ถึง"), Kind.SEPARATOR, null));
        rules.add(new Rule(Pattern.compile(abbreviation("พ.ศ.").pattern() + "|พุทธศักราช"), Kind.BUDDHIST_ERA, null));
        rules.add(new Rule(Pattern.compile("ปีงบ(?:ประมาณ|\\s*ฯ)?"), Kind.FISCAL_YEAR, null));
        rules.add(new Rule(Pattern.compile("ปี"), Kind.YEAR_WORD, null));
        rules.add(new Rule(Pattern.compile("ตลอด"), Kind.WHOLE, null));
        rules.add(new Rule(Pattern.compile("ไตรมาส(?:ที่)?"), Kind.QUARTER, null));
        rules.add(new Rule(Pattern.compile("เดือน|ระหว่าง|วันที่|ตั้งแต่|ทั้ง"), Kind.FILLER, null));
        return List.copyOf(rules);
    }

    private static Pattern abbreviation(String dotted) {
        StringBuilder regex = new StringBuilder();
        for (String part : dotted.split("\\.")) {
            if (part.isEmpty()) {
                continue;
            }
            if (regex.length() > 0) {
                regex.append(INNER_DOT);
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.append(TRAILING_DOT).toString());
    }

    /** The known tokens of the text, fillers dropped; null when something is not a known token. */
    private static List<Token> tokenize(String text) {
        String s = Normalized.spaces(FORMAT_CHARACTERS.matcher(Numerals.toArabic(text)).replaceAll(""));
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            if (s.charAt(i) == ' ') {
                i++;
                continue;
            }
            Rule best = null;
            int bestEnd = i;
            for (Rule rule : RULES) {
                Matcher m = rule.pattern().matcher(s).region(i, s.length());
                // Longest match wins, so "มีนาคม" is never read as a shorter token inside it.
                if (m.lookingAt() && m.end() > bestEnd) {
                    best = rule;
                    bestEnd = m.end();
                }
            }
            if (best == null) {
                return null;
            }
            if (best.kind() != Kind.FILLER) {
                tokens.add(new Token(best.kind(), s.substring(i, bestEnd), best.month()));
            }
            i = bestEnd;
        }
        return tokens;
    }

    /** Recursive descent over the tokens; every form must consume all of them. */
    private final class Reader {
        private final List<Token> tokens;
        private int pos;

        Reader(List<Token> tokens) {
            this.tokens = tokens;
        }

        Period period() throws Unreadable {
            Period period;
            if (take(Kind.WHOLE)) {
                // "ตลอดปีงบประมาณ", "ตลอดปี", "ตลอดทั้งปี": bare "ตลอด" says nothing about time.
                if (!take(Kind.FISCAL_YEAR) && !take(Kind.YEAR_WORD)) {
                    throw new Unreadable();
                }
                period = namedFiscalYear().whole();
            } else if (take(Kind.FISCAL_YEAR)) {
                period = namedFiscalYear().whole();
            } else if (take(Kind.QUARTER)) {
                period = quarters();
            } else {
                period = months();
            }
            if (pos != tokens.size()) {
                throw new Unreadable();
            }
            return period;
        }

        /** The fiscal year a trailing year names, or the job's when none is written. */
        private FiscalYear namedFiscalYear() throws Unreadable {
            Integer year = optionalYear();
            return year == null ? fiscalYear : new FiscalYear(year);
        }

        private Period quarters() throws Unreadable {
            int first = quarterNumber(expect(Kind.NUMBER));
            int last = first;
            if (take(Kind.SEPARATOR)) {
                take(Kind.QUARTER);
                last = quarterNumber(expect(Kind.NUMBER));
            }
            if (last < first) {
                throw new Unreadable();
            }
            take(Kind.FISCAL_YEAR);
            YearMonth firstMonth = namedFiscalYear().firstMonth();
            return new Period(firstMonth.plusMonths(3L * (first - 1)), firstMonth.plusMonths(3L * last - 1));
        }

        private Period months() throws Unreadable {
            Point from = point();
            Point to = take(Kind.SEPARATOR) ? point() : null;
            // "ก.พ. - ก.ย. ปีงบประมาณ ๒๕๖๙": months without a year are placed in that fiscal year.
            FiscalYear context = take(Kind.FISCAL_YEAR) ? namedFiscalYear() : fiscalYear;
            if (to == null) {
                YearMonth month = from.buddhistYear() != null
                        ? ThaiDates.fromBuddhist(from.buddhistYear(), from.month())
                        : inFiscalYear(context, from.month());
                return new Period(month, month);
            }
            YearMonth start;
            YearMonth end;
            if (from.buddhistYear() != null && to.buddhistYear() != null) {
                start = ThaiDates.fromBuddhist(from.buddhistYear(), from.month());
                end = ThaiDates.fromBuddhist(to.buddhistYear(), to.month());
            } else if (to.buddhistYear() != null) {
                // "ต.ค. - ก.ย. ๒๕๖๘": the start is the latest such month not after the end.
                end = ThaiDates.fromBuddhist(to.buddhistYear(), to.month());
                start = YearMonth.of(end.getYear(), from.month());
                if (start.isAfter(end)) {
                    start = start.minusYears(1);
                }
            } else if (from.buddhistYear() != null) {
                start = ThaiDates.fromBuddhist(from.buddhistYear(), from.month());
                end = firstNotBefore(start, to.month());
            } else {
                start = inFiscalYear(context, from.month());
                // A range running past September (e.g. "ส.ค. - ต.ค.") still reads forwards in time.
                end = firstNotBefore(start, to.month());
            }
            if (end.isBefore(start)) {
                throw new Unreadable();
            }
            return new Period(start, end);
        }

        /** [day] month [year]; a number before a month is its day, after it its year. */
        private Point point() throws Unreadable {
            Integer day = null;
            if (peek(0, Kind.NUMBER) && peek(1, Kind.MONTH)) {
                String text = tokens.get(pos++).text();
                day = text.length() <= 2 ? Integer.valueOf(text) : null;
                if (day == null || day < 1) {
                    throw new Unreadable();
                }
            }
            Month month = expect(Kind.MONTH).month();
            if (day != null && day > month.maxLength()) {
                throw new Unreadable();
            }
            return new Point(day, month, optionalYear());
        }

        /** [ปี] [พ.ศ.] number, as a BE year; null when no year is written. */
        private Integer optionalYear() throws Unreadable {
            boolean marked = take(Kind.YEAR_WORD);
            boolean buddhistEra = take(Kind.BUDDHIST_ERA);
            if (!marked && !buddhistEra && !peek(0, Kind.NUMBER)) {
                return null;
            }
            return buddhistYear(expect(Kind.NUMBER).text(), buddhistEra);
        }

        private Token expect(Kind kind) throws Unreadable {
            if (!peek(0, kind)) {
                throw new Unreadable();
            }
            return tokens.get(pos++);
        }

        private boolean take(Kind kind) {
            if (peek(0, kind)) {
                pos++;
                return true;
            }
            return false;
        }

        private boolean peek(int ahead, Kind kind) {
            return pos + ahead < tokens.size() && tokens.get(pos + ahead).kind() == kind;
        }
    }

    /** 2 digits: BE short form (67 = 2567); 4 digits: BE from 2400, CE below (never after พ.ศ.). */
    private static int buddhistYear(String digits, boolean buddhistEra) throws Unreadable {
        if (digits.length() == 2) {
            return 2500 + Integer.parseInt(digits);
        }
        if (digits.length() == 4) {
            int value = Integer.parseInt(digits);
            if (value >= 2400) {
                return value;
            }
            if (value >= 1000 && !buddhistEra) {
                return ThaiDates.buddhistYear(YearMonth.of(value, Month.JANUARY));
            }
        }
        throw new Unreadable();
    }

    private static int quarterNumber(Token token) throws Unreadable {
        String text = token.text();
        if (text.length() != 1 || text.charAt(0) < '1' || text.charAt(0) > '4') {
            throw new Unreadable();
        }
        return text.charAt(0) - '0';
    }

    /** ต.ค.-ธ.ค. fall in the first calendar year of the fiscal year, the rest in its second. */
    private static YearMonth inFiscalYear(FiscalYear fiscalYear, Month month) {
        YearMonth first = fiscalYear.firstMonth();
        YearMonth candidate = YearMonth.of(first.getYear(), month);
        return candidate.isBefore(first) ? candidate.plusYears(1) : candidate;
    }

    private static YearMonth firstNotBefore(YearMonth start, Month month) {
        YearMonth candidate = YearMonth.of(start.getYear(), month);
        return candidate.isBefore(start) ? candidate.plusYears(1) : candidate;
    }
}
