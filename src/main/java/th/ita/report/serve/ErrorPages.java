package th.ita.report.serve;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import th.ita.report.report.DocumentText;

/**
 * The status page server's error pages, all from {@code templates/error.html}: the status and one
 * Thai line, never an exception's name, message or stack trace. Errors inside the application
 * (not found, refused, a failure) reach Spring Boot's error path and this controller, whatever the
 * browser accepts; requests Tomcat refuses before the application sees them ({@code /%zz}, a path
 * above the root) get the same page from {@link Valve}, which takes the place of Tomcat's English one.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ErrorPages implements ErrorController {

    static final String VIEW = "error";

    @RequestMapping("/error")
    String error(HttpServletRequest request, HttpServletResponse response, Model model) {
        // Asked for directly, the error path is just a page that is not there.
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                ? code : HttpStatus.NOT_FOUND.value();
        response.setStatus(status);
        model.addAttribute("status", status);
        return VIEW;
    }

    /** Tomcat's own error report, in Thai: the same template, rendered by the main context's engine. */
    static final class Valve extends ErrorReportValve {

        private final ITemplateEngine templates;

        Valve(ITemplateEngine templates) {
            this.templates = templates;
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            AtomicBoolean ioAllowed = new AtomicBoolean(true);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get()) {
                return;
            }
            Context context = new Context(DocumentText.THAI_LOCALE);
            context.setVariable("status", status);
            try {
                String page = templates.process(VIEW, context);
                response.setContentType("text/html");
                response.setCharacterEncoding("UTF-8");
                response.setHeader("Content-Security-Policy", RequestPolicy.CONTENT_SECURITY_POLICY);
                response.setHeader("X-Content-Type-Options", "nosniff");
                response.setHeader("Cache-Control", "no-store");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(page);
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // The client went away, or the answer was already on its way: nothing more to say.
            }
        }
    }
}
