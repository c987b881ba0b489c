package th.ita.report.validation;

import java.util.List;

import th.ita.report.definition.JobDefinition.Department;
import th.ita.report.text.Normalized;

/**
 * Recognises a department however it is written: exact name, an alias from the job definition,
 * or a longer text that contains one (a file name such as "02-กองคลัง-2568", or
 * "กองคลัง อบต.นาทอน").
 */
public final class DepartmentDirectory {

    /** How a written name matched: which department, and whether it was spelled as defined. */
    public record Match(Department department, int rank, boolean exact) {
    }

    private final List<Department> departments;

    public DepartmentDirectory(List<Department> departments) {
        this.departments = departments;
    }

    /** The department a text names, or null. */
    public Match match(String written) {
        String key = Normalized.key(written);
        if (key.isEmpty()) {
            return null;
        }
        for (int i = 0; i < departments.size(); i++) {
            if (Normalized.key(departments.get(i).name()).equals(key)) {
                return new Match(departments.get(i), i, true);
            }
        }
        Match best = null;
        int bestLength = 0;
        for (int i = 0; i < departments.size(); i++) {
            Department d = departments.get(i);
            for (String form : forms(d)) {
                String formKey = Normalized.key(form);
                boolean matches = formKey.equals(key) || (formKey.length() >= 4 && key.contains(formKey));
                if (matches && formKey.length() > bestLength) {
                    best = new Match(d, i, false);
                    bestLength = formKey.length();
                }
            }
        }
        return best;
    }

    public int size() {
        return departments.size();
    }

    public List<Department> all() {
        return departments;
    }

    private static List<String> forms(Department d) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(d.name()), d.aliases().stream()).toList();
    }
}
