package th.ita.report;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.util.ClassUtils;

import th.ita.report.cli.Launcher;

/**
 * Compiles department workbooks into the ITA measures report (see README). The command line is
 * read first ({@link Launcher}); the application starts only for a command that needs it.
 */
@SpringBootApplication
public class ItaReportApplication {

    /** Generated at build time by Spring AOT (the jar has it; a plain test classpath may not). */
    static final String AOT_INITIALIZER = ItaReportApplication.class.getName() + "__ApplicationContextInitializer";

    /**
     * The JDK's own XML factories, named: POI asks for a new factory for every part it saves or
     * parses, and without a name each request searches every jar on the class path for another
     * implementation (there is none), a cost paid hundreds of times per office.
     */
    private static final String[][] XML_FACTORIES = {
        {"javax.xml.transform.TransformerFactory", "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl"},
        {"javax.xml.parsers.SAXParserFactory", "com.sun.org.apache.xerces.internal.jaxp.SAXParserFactoryImpl"},
        {"javax.xml.parsers.DocumentBuilderFactory", "com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl"},
        {"javax.xml.stream.XMLInputFactory", "com.sun.xml.internal.stream.XMLInputFactoryImpl"},
        {"javax.xml.stream.XMLOutputFactory", "com.sun.xml.internal.stream.XMLOutputFactoryImpl"},
        {"javax.xml.stream.XMLEventFactory", "com.sun.xml.internal.stream.events.XMLEventFactoryImpl"},
    };

    public static void main(String[] args) {
        for (String[] factory : XML_FACTORIES) {
            if (System.getProperty(factory[0]) == null) {
                System.setProperty(factory[0], factory[1]);
            }
        }
        if (Boolean.getBoolean("spring.aot.processing")) {
            // The build's AOT processing starts the application itself, with no command to run.
            SpringApplication.run(ItaReportApplication.class, args);
            return;
        }
        // The jar carries the application context pre-computed at build time (Spring AOT): about a
        // second less start-up for a run that lasts a few. -Dspring.aot.enabled=false turns it off.
        if (System.getProperty("spring.aot.enabled") == null
                && ClassUtils.isPresent(AOT_INITIALIZER, ItaReportApplication.class.getClassLoader())) {
            System.setProperty("spring.aot.enabled", "true");
        }
        System.exit(Launcher.run(args));
    }
}
