package dev.tandem.cli;

import dev.tandem.app.Workbench;
import dev.tandem.model.Document;
import dev.tandem.web.WebServer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the workbench in the browser; imports the files in the seeds folder first.")
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Option(names = "--port", defaultValue = "7070", description = "Port to listen on (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--seeds", defaultValue = "seeds", description = "Folder of documents to import at start (default: ${DEFAULT-VALUE}).")
    Path seeds;

    @Override
    public Integer call() throws InterruptedException {
        Workbench workbench = data.isolatedWorkbench();
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        workbench.claimStore(port == 0 ? null : "http://" + shownHost + ":" + port + "/");
        List<Document> imported;
        WebServer server;
        try {
            imported = workbench.documents().importSeeds(seeds);
            server = new WebServer(workbench).start(host, port);
        } catch (RuntimeException e) {
            workbench.close();
            throw e;
        }
        workbench.claimStore("http://" + shownHost + ":" + server.port() + "/");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            workbench.close();
            stopped.countDown();
        }, "tandem-shutdown"));
        PrintWriter out = spec.commandLine().getOut();
        out.println(String.format("Tandem: %d document(s) in %s (%d from %s)",
                workbench.documents().list().size(), data.path(), imported.size(), seeds));
        out.println(String.format("Open http://%s:%d/ in your browser (Ctrl+C to stop)", shownHost, server.port()));
        out.flush();
        stopped.await();
        return 0;
    }
}
