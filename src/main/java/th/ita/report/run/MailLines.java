package th.ita.report.run;

import java.util.List;

import th.ita.report.job.RunSummary;
import th.ita.report.text.ThaiMessages;

/** The console's lines about the e-mail to departments: one line of counts, then each failure. */
final class MailLines {

    private MailLines() {
    }

    static void report(List<RunSummary.Mail> mail, ThaiMessages messages, Reporter reporter) {
        if (mail.isEmpty()) {
            return;
        }
        reporter.line(counts(mail, messages));
        for (RunSummary.Mail m : mail) {
            if (m.failed()) {
                reporter.line(messages.get("console.mail.failed", m.department(), m.address(), m.error()));
            }
        }
    }

    /** "อีเมลถึงส่วนราชการ: ส่งแล้ว ๒ ฉบับ, ส่งไม่สำเร็จ ๑ ฉบับ, ไม่ส่งซ้ำ ๐ ฉบับ ..." */
    static String counts(List<RunSummary.Mail> mail, ThaiMessages messages) {
        return messages.get("console.mail.summary", mail.stream().filter(RunSummary.Mail::sent).count(),
                mail.stream().filter(RunSummary.Mail::failed).count(),
                mail.stream().filter(RunSummary.Mail::unchanged).count());
    }
}
