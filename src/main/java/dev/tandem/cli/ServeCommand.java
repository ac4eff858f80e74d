package dev.tandem.cli;

import dev.tandem.app.Workbench;
import dev.tandem.model.TandemException;
import dev.tandem.web.JsonBodies;
import dev.tandem.web.SecuritySettings;
import dev.tandem.web.WebServer;
import dev.tandem.web.auth.Accounts;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the workbench in the browser; imports the new or changed files of the seeds folder in the background.")
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Mixin
    DatabaseOption database;

    @Option(names = "--port", defaultValue = "7070", description = "Port to listen on (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--seeds", defaultValue = "seeds", description = "Folder of documents to import at start (default: ${DEFAULT-VALUE}).")
    Path seeds;

    @Option(names = "--allowed-host", paramLabel = "NAME",
            description = "Another name this server answers as, e.g. a reverse proxy's public name (repeatable). "
                    + "Loopback names and the --host address are always answered.")
    List<String> allowedHosts = new ArrayList<>();

    @Option(names = "--require-sign-in",
            description = "Require sign-in on loopback too (beyond loopback it is always required).")
    boolean requireSignIn;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw TandemException.badInput("--port must be from 0 to 65535 (0: any free port), not " + port);
        }
        ListenAddress.require(host);
        boolean seedsNamed = spec.commandLine().getParseResult().hasMatchedOption("--seeds");
        if (seedsNamed && !Files.isDirectory(seeds)) {
            throw TandemException.notFound("no seeds folder " + seeds);
        }
        SecuritySettings security = new SecuritySettings(host, allowedHosts, requireSignIn, data.path());
        Workbench workbench = database.given()
                ? Workbench.open(database.login(), data.path(), java.time.Clock.systemUTC(), null, dev.tandem.app.Pipeline.Parsing.ISOLATED)
                : data.isolatedWorkbench();
        Accounts known = Accounts.of(workbench, data.path(), JsonBodies.create());
        int accounts = known.list().size();
        if (security.signInRequired() && accounts == 0) {
            workbench.close();
            throw TandemException.badInput((SecuritySettings.isLoopback(host) ? "--require-sign-in" : "listening on " + host)
                    + " needs sign-in, and " + known.where() + " has no accounts yet: create an administrator first with `tandem user add"
                    + " NAME --role admin" + (database.given() ? " --db " + database.url : "") + "`");
        }
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        workbench.claimStore(port == 0 ? null : "http://" + shownHost + ":" + port + "/");
        WebServer server;
        try {
            // Listen first: the seeds are imported in the background and the page shows it.
            server = new WebServer(workbench, security).start(host, port);
        } catch (RuntimeException e) {
            workbench.close();
            throw e;
        }
        workbench.claimStore("http://" + shownHost + ":" + server.port() + "/");
        workbench.seedImport().start(seeds);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            workbench.close();
            stopped.countDown();
        }, "tandem-shutdown"));
        PrintWriter out = spec.commandLine().getOut();
        out.println(String.format("Tandem: %d document(s) in %s; new or changed files in %s are imported in the background",
                workbench.documents().list().size(), database.given() ? database.login() : data.path(), seeds));
        if (security.signInRequired()) {
            out.println(String.format("Sign-in required (%d account(s))%s", accounts, SecuritySettings.isLoopback(host) ? ""
                    : "; beyond this machine, serve it behind an https proxy so that passwords never travel in clear"));
        }
        out.println(String.format("Open http://%s:%d/ in your browser (Ctrl+C to stop)", shownHost, server.port()));
        out.flush();
        stopped.await();
        return 0;
    }
}
