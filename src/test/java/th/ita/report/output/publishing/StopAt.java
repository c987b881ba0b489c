package th.ita.report.output.publishing;

import org.springframework.context.ConfigurableApplicationContext;

import th.ita.report.cli.Launcher;

/**
 * The program with a listener that, at the checkpoint named by {@code -Dita.stop-at=...}, says
 * {@value #STOPPED} and waits forever: the crash tests kill it there.
 */
public final class StopAt {

    public static final String STOPPED = "STOPPED AT ";

    private StopAt() {
    }

    public static void main(String[] args) {
        String at = System.getProperty("ita.stop-at");
        System.exit(Launcher.run(args, (ConfigurableApplicationContext context) -> context.getBeanFactory()
                .registerSingleton("stopAt", (Checkpoints) name -> {
                    if (name.equals(at)) {
                        System.out.println(STOPPED + name);
                        System.out.flush();
                        try {
                            Thread.sleep(Long.MAX_VALUE);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                })));
    }
}
