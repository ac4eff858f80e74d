package dev.tandem.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.filters.po.POFilter;

/**
 * The benchmark's translation memory: English→French pairs from the PO catalogues that
 * {@code build-corpus.sh} unpacks from Debian packages, read with Okapi's PO filter; untranslated,
 * fuzzy-less-than-useful (empty) and copied-through entries left out, duplicates kept once.
 */
final class MemoryCorpus {

    record Pair(String source, String target, boolean derived) {
    }

    private MemoryCorpus() {
    }

    static List<Pair> read(Path catalogues) {
        Set<Pair> pairs = new LinkedHashSet<>();
        try (Stream<Path> files = Files.walk(catalogues)) {
            for (Path po : files.filter(path -> path.toString().endsWith(".po")).sorted().toList()) {
                readOne(po, pairs);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(pairs);
    }

    private static void readOne(Path po, Set<Pair> pairs) {
        try (POFilter filter = new POFilter()) {
            filter.open(new RawDocument(po.toUri(), "UTF-8", LocaleId.ENGLISH, LocaleId.FRENCH));
            while (filter.hasNext()) {
                Event event = filter.next();
                if (!event.isTextUnit()) {
                    continue;
                }
                ITextUnit unit = event.getTextUnit();
                TextContainer target = unit.getTarget(LocaleId.FRENCH);
                if (target == null) {
                    continue;
                }
                String source = clean(unit.getSource().getUnSegmentedContentCopy().getText());
                String translated = clean(target.getUnSegmentedContentCopy().getText());
                if (!source.isEmpty() && !translated.isEmpty() && !source.equals(translated) && hasLetters(source)
                        && source.length() <= 400) {
                    pairs.add(new Pair(source, translated, false));
                }
            }
        } catch (RuntimeException unreadable) {
            System.err.println("skipped " + po.getFileName() + ": " + unreadable.getMessage());
        }
    }

    /**
     * Real units grown to {@code size} with variants of them: one word dropped, two neighbouring
     * words swapped, or a word repeated — the kind of near-duplicates a memory fills with.
     */
    static List<Pair> grow(List<Pair> real, int size, Random random) {
        List<Pair> grown = new ArrayList<>(real.subList(0, Math.min(size, real.size())));
        Set<String> seen = new java.util.HashSet<>();
        real.forEach(pair -> seen.add(pair.source()));
        while (grown.size() < size) {
            Pair base = real.get(random.nextInt(real.size()));
            String[] words = base.source().split(" ");
            if (words.length < 3) {
                continue;
            }
            List<String> changed = new ArrayList<>(List.of(words));
            int at = random.nextInt(words.length - 1);
            switch (random.nextInt(3)) {
                case 0 -> changed.remove(at);
                case 1 -> java.util.Collections.swap(changed, at, at + 1);
                default -> changed.add(at, changed.get(at));
            }
            String source = String.join(" ", changed);
            if (seen.add(source)) {
                grown.add(new Pair(source, base.target(), true));
            }
        }
        return grown;
    }

    private static String clean(String text) {
        return text.replace('\n', ' ').replaceAll("\\s+", " ").strip();
    }

    private static boolean hasLetters(String text) {
        return text.codePoints().filter(Character::isLetter).count() >= 3;
    }
}
