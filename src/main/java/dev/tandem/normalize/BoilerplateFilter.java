package dev.tandem.normalize;

import dev.tandem.model.ArticleBlock;
import dev.tandem.model.BlockType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes what is page furniture rather than article: share and follow buttons, bare photo credits,
 * gallery counters, and the trailing "related articles" zone. Marks lines that carry a photo credit
 * as captions. The rules are about the shape of a line (short, link-like words in several
 * languages, no sentence of its own), not about any one site's strings.
 */
final class BoilerplateFilter {

    private static final int SHORT = 80;
    private static final Pattern SHARE = Pattern.compile(
            "^(?:share|tweet|pin it|email|e-mail|print|follow us|follow|like us|subscribe|"
                    + "partager|teilen|compartir|condividi|compartilhar|delen|поделиться|udostępnij|"
                    + "シェア|ツイート|分享|공유)\\b.{0,40}$|^(?:share|send) (?:on|via|to|this)\\b.*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CREDIT_ONLY = Pattern.compile(
            "^\\(?(?:photo|photos|photograph|image|picture|credit|credits|foto|fotos|photo credit|写真|画像)"
                    + "\\s*[.:：]\\s*[^.!?。]{0,60}\\)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CREDIT_AT_END = Pattern.compile(
            "[(（]\\s*(?:photo|photos|image|picture|credit|foto|写真)\\s*[:：.][^()（）]{1,60}[)）]\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern GALLERY = Pattern.compile(
            "^(?:photo ?gallery|gallery|photo selection|slideshow|galerie|galería|fotogalerie|写真一覧)\\b.{0,30}$"
                    + "|^\\d{1,3}\\s*(?:/|of|sur|von|de)\\s*\\d{1,3}$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern END_OF_ARTICLE = Pattern.compile(
            "^(?:related (?:articles?|stories|posts|news|content)|read (?:more|also|next)|more (?:from|on|stories)|"
                    + "recommended(?: for you)?|you (?:may|might) also like|see also|most (?:read|popular)|"
                    + "articles? (?:liés|similaires)|à lire aussi|lire aussi|weitere artikel|lesen sie auch|mehr zum thema|"
                    + "artículos relacionados|noticias relacionadas|articoli correlati|leggi anche|関連記事|相关文章)\\b.{0,20}$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    List<ArticleBlock> filter(List<ArticleBlock> blocks) {
        int end = articleEnd(blocks);
        List<ArticleBlock> kept = new ArrayList<>();
        for (ArticleBlock block : blocks.subList(0, end)) {
            String text = block.text();
            if (text.length() <= SHORT && (SHARE.matcher(text).find() || CREDIT_ONLY.matcher(text).find()
                    || GALLERY.matcher(text).find())) {
                continue;
            }
            if (block.type() != BlockType.TITLE && block.type() != BlockType.HEADING
                    && CREDIT_AT_END.matcher(text).find()) {
                kept.add(block.withType(BlockType.CAPTION));
            } else {
                kept.add(block);
            }
        }
        return kept;
    }

    /**
     * The article ends where the trailing furniture begins: the first "related articles" heading,
     * gallery counter or bare credit line in the second half, after which no long paragraph follows.
     */
    private static int articleEnd(List<ArticleBlock> blocks) {
        int firstCandidate = blocks.size() / 2;
        for (int i = Math.max(1, firstCandidate); i < blocks.size(); i++) {
            String text = blocks.get(i).text();
            boolean marker = text.length() <= SHORT && (END_OF_ARTICLE.matcher(text).find()
                    || GALLERY.matcher(text).find() || CREDIT_ONLY.matcher(text).find());
            if (marker && noLongParagraphAfter(blocks, i)) {
                return i;
            }
        }
        return blocks.size();
    }

    private static boolean noLongParagraphAfter(List<ArticleBlock> blocks, int index) {
        for (int i = index + 1; i < blocks.size(); i++) {
            if (blocks.get(i).text().length() > 200) {
                return false;
            }
        }
        return true;
    }
}
