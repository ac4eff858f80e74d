package dev.tandem.web;

import dev.tandem.app.AlignmentResult;
import dev.tandem.app.BeadEdit;
import dev.tandem.app.Workbench;
import dev.tandem.model.AlignmentRecord;
import dev.tandem.model.BeadLink;
import dev.tandem.model.Document;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Segment;
import dev.tandem.model.TandemException;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.util.ArrayList;
import java.util.List;

/** {@code …/translations/{lang}/alignment}: align an existing translation and correct it bead by bead. */
final class AlignmentRoutes {

    private final Workbench workbench;

    AlignmentRoutes(Workbench workbench) {
        this.workbench = workbench;
    }

    /**
     * Multipart: a {@code file} (any format) or a {@code text} field with pasted text; with
     * {@code replaceHumanWork=true} the alignment also replaces units a translator worked on.
     */
    void align(Context ctx) {
        String id = Params.document(ctx);
        LanguageTag language = Params.language(ctx);
        UploadedFile file = ctx.uploadedFile("file");
        String text = ctx.formParam("text");
        List<String> sentences;
        String name;
        if (file != null && file.size() > 0) {
            name = file.filename();
            sentences = workbench.pipeline().sentences(Uploads.read(file), name, language);
        } else if (text != null && !text.isBlank()) {
            name = "pasted text";
            sentences = workbench.pipeline().sentences(text, language);
        } else {
            throw TandemException.badInput("send the translation as a file or paste its text");
        }
        AlignmentResult result = workbench.alignments().alignTranslation(id, language, name, sentences,
                "true".equals(ctx.formParam("replaceHumanWork")));
        ctx.status(HttpStatus.CREATED).json(view(workbench.documents().document(id), result));
    }

    void show(Context ctx) {
        String id = Params.document(ctx);
        ctx.json(view(workbench.documents().document(id), workbench.alignments().review(id, Params.language(ctx))));
    }

    void edit(Context ctx) {
        String id = Params.document(ctx);
        int index;
        try {
            index = Integer.parseInt(ctx.pathParam("bead"));
        } catch (NumberFormatException e) {
            throw TandemException.badInput("a bead is named by its number: " + ctx.pathParam("bead"));
        }
        AlignmentResult result = workbench.alignments().edit(id, Params.language(ctx), index, BeadEdit.parse(ctx.pathParam("edit")));
        ctx.json(view(workbench.documents().document(id), result));
    }

    record Sentence(int number, String text) {
    }

    record BeadView(int index, List<Sentence> source, List<Sentence> target, double confidence, boolean verified) {
    }

    /** {@code filled} and {@code summary} describe the request's own change; {@code kept} is always current. */
    record AlignmentView(String document, String language, String fileName, List<BeadView> beads, int filled,
                         List<AlignmentResult.Kept> kept, String summary) {
    }

    private static AlignmentView view(Document document, AlignmentResult result) {
        AlignmentRecord record = result.alignment();
        List<Segment> segments = document.segments();
        List<BeadView> beads = new ArrayList<>();
        for (int i = 0; i < record.beads().size(); i++) {
            BeadLink bead = record.beads().get(i);
            List<Sentence> source = new ArrayList<>();
            for (int s = bead.sourceStart(); s < bead.sourceEnd(); s++) {
                source.add(new Sentence(s, segments.get(s).text()));
            }
            List<Sentence> target = new ArrayList<>();
            for (int t = bead.targetStart(); t < bead.targetEnd(); t++) {
                target.add(new Sentence(t, record.targetSentences().get(t)));
            }
            beads.add(new BeadView(i, source, target, Math.round(bead.confidence() * 100) / 100.0, bead.verified()));
        }
        return new AlignmentView(record.document(), record.language(), record.fileName(), beads, result.filled(), result.kept(),
                result.summary());
    }
}
