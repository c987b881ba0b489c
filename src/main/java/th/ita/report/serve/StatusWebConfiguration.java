package th.ita.report.serve;

import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.servlet.autoconfigure.HttpEncodingAutoConfiguration;
import org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.DelegatingWebMvcConfiguration;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;
import org.thymeleaf.ITemplateEngine;

import th.ita.report.config.ItaSettings;
import th.ita.report.report.DocumentText;

/**
 * The status page's web application, a child of the main application context ({@link StatusWeb}):
 * embedded Tomcat, Spring MVC with the main context's Thymeleaf engine, Boot's error pages (the Thai
 * {@code templates/error.html}). The auto-configurations are named one by one, so the page gets
 * exactly these: no static resources, no welcome page, no default servlet (no directory listing),
 * nothing of the batch side. Never part of the main context, which is not a web application.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ImportAutoConfiguration({TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
        ErrorMvcAutoConfiguration.class, HttpEncodingAutoConfiguration.class, ThymeleafAutoConfiguration.class})
@Import({StatusWebConfiguration.Mvc.class, StatusController.class, ErrorPages.class})
class StatusWebConfiguration {

    /**
     * Spring MVC as {@code @EnableWebMvc} sets it up, with a fixed Thai locale: the page is Thai
     * whatever language the browser asks for. (Its own class: MVC's configuration needs the servlet
     * context, which the server's customizers below are made before.)
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class Mvc extends DelegatingWebMvcConfiguration {

        @Bean
        @Override
        public LocaleResolver localeResolver() {
            return new FixedLocaleResolver(DocumentText.THAI_LOCALE);
        }
    }

    /**
     * Tomcat's error report (for requests it refuses itself, such as {@code /%zz}) replaced by the
     * Thai page; set after Boot's own customizers, which add Tomcat's English one.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> thaiErrorReport(ITemplateEngine templates) {
        return new WebServerFactoryCustomizer<>() {
            @Override
            public void customize(TomcatServletWebServerFactory factory) {
                factory.addContextCustomizers(context -> {
                    Host host = (Host) context.getParent();
                    for (Valve valve : host.getPipeline().getValves()) {
                        if (valve instanceof ErrorReportValve) {
                            host.getPipeline().removeValve(valve);
                        }
                    }
                    host.getPipeline().addValve(new ErrorPages.Valve(templates));
                    if (host instanceof StandardHost standard) {
                        // Else Tomcat adds its own when the host starts.
                        standard.setErrorReportValveClass(ErrorPages.Valve.class.getName());
                    }
                });
            }
        };
    }

    @Bean
    FilterRegistrationBean<RequestPolicy> requestPolicy(ItaSettings settings) {
        FilterRegistrationBean<RequestPolicy> registration = new FilterRegistrationBean<>(
                new RequestPolicy(settings.serve().hosts()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    RunNowGuard runNowGuard() {
        return new RunNowGuard();
    }
}
