package th.ita.report.output.page;

import th.ita.report.report.ValidationReport;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import th.ita.report.validation.Finding;

class ProblemListTest {

    private static ValidationReport.Problem problem(String file, String code, int row) {
        Finding f = Finding.warning(code, file, "ก", row, "B" + row);
        return new ValidationReport.Problem(f.severity(), file, "ก", row, "B" + row, code, code + " " + row, f);
    }

    @Test
    void limitsEachKindSeparatelyAndKeepsReportOrder() {
        List<ValidationReport.Problem> problems = List.of(
                problem("a.xlsx", "text.slip", 1), problem("a.xlsx", "text.slip", 2), problem("a.xlsx", "text.slip", 3),
                problem("a.xlsx", "text.long", 4), problem("b.xlsx", "text.slip", 5), problem("b.xlsx", "text.slip", 6),
                problem("b.xlsx", "text.slip", 7));

        ProblemList list = ProblemList.of(problems, 2);

        assertThat(list.shown()).extracting(ValidationReport.Problem::row).containsExactly(1, 2, 4, 5, 6);
        assertThat(list.omitted()).extracting(o -> o.file() + " " + o.code() + " " + o.count() + " " + o.example().row())
                .containsExactly("a.xlsx text.slip 1 1", "b.xlsx text.slip 1 5");
    }

    @Test
    void nothingIsOmittedUnderTheLimit() {
        ProblemList list = ProblemList.of(List.of(problem("a.xlsx", "text.slip", 1)), 1);

        assertThat(list.shown()).hasSize(1);
        assertThat(list.omitted()).isEmpty();
    }
}
