package dev.tandem.extract;

import dev.tandem.model.BlockType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the element that holds the article body, the way Readability does: every paragraph of
 * prose gives points to its parent and, less, to its ancestors; an element's points are weighed by
 * its class words and cut by its link density; the best element wins, together with siblings
 * that score nearly as well (articles split over several containers).
 */
final class BodySelector {

    private static final int MIN_PARAGRAPH = 25;
    private static final int ANCESTOR_LEVELS = 5;
    /** Readability's number of runners-up looked at, and how many of them must share an ancestor. */
    private static final int RUNNERS_UP = 4;
    private static final int MIN_ALTERNATIVES = 3;
    private static final Set<String> CONTAINERS = Set.of("div", "section", "article", "main", "td", "body");

    // Insertion-ordered, so that every pass over the candidates is the same from one run to the next.
    private final Map<HtmlNode, long[]> textAndLinks = new LinkedHashMap<>();
    private final Map<HtmlNode, Double> scores = new LinkedHashMap<>();

    /** The roots of the body region, in document order; empty when the page has no prose at all. */
    List<HtmlNode> select(List<HtmlBlock> blocks) {
        for (HtmlBlock block : blocks) {
            for (HtmlNode node = block.owner(); node != null; node = node.parent) {
                long[] counts = textAndLinks.computeIfAbsent(node, n -> new long[2]);
                counts[0] += block.text().length();
                counts[1] += block.linkChars();
            }
        }
        for (HtmlBlock block : blocks) {
            score(block);
        }
        HtmlNode top = null;
        double best = 0;
        long pageText = blocks.isEmpty() ? 0 : textLength(root(blocks.get(0).owner()));
        for (Map.Entry<HtmlNode, Double> entry : scores.entrySet()) {
            double finalScore = entry.getValue() * (1 - linkDensity(entry.getKey()));
            if (insideFurniture(entry.getKey(), pageText)) {
                // A comment thread or sidebar can hold more prose than a short article.
                finalScore *= 0.2;
            }
            entry.setValue(finalScore);
            if (finalScore > best || (finalScore == best && top != null && entry.getKey().order < top.order)) {
                best = finalScore;
                top = entry.getKey();
            }
        }
        if (top == null) {
            return List.of();
        }
        HtmlNode raised = raised(top);
        List<HtmlNode> region = withSiblings(raised, Math.max(best, scores.getOrDefault(raised, 0.0)));
        // The best element's class still finds its parts outside the raised region (a question above its answers).
        String topClass = top.attribute("class");
        if (!topClass.isBlank()) {
            addSameClassElsewhere(top, topClass, region);
        }
        return region;
    }

    /**
     * Readability's two steps up from the best element: to the nearest ancestor that holds three
     * of the runners-up scoring within 75 % of it (a body split over several modules, none of
     * them holding most of it), else to a parent that scores more than the element itself.
     */
    private HtmlNode raised(HtmlNode top) {
        double topScore = scores.get(top);
        List<HtmlNode> alternatives = scores.entrySet().stream()
                .filter(entry -> entry.getKey() != top)
                .sorted((a, b) -> a.getValue().equals(b.getValue()) ? documentOrder(a.getKey(), b.getKey())
                        : Double.compare(b.getValue(), a.getValue()))
                .limit(RUNNERS_UP).filter(entry -> entry.getValue() >= 0.75 * topScore).map(Map.Entry::getKey).toList();
        if (alternatives.size() >= MIN_ALTERNATIVES) {
            for (HtmlNode ancestor = top.parent; ancestor != null && !isPageRoot(ancestor); ancestor = ancestor.parent) {
                HtmlNode candidate = ancestor;
                if (alternatives.stream().filter(node -> node.isInside(candidate)).count() >= MIN_ALTERNATIVES) {
                    return ancestor;
                }
            }
        }
        double lastScore = topScore;
        for (HtmlNode parent = top.parent; parent != null && !isPageRoot(parent); parent = parent.parent) {
            Double parentScore = scores.get(parent);
            if (parentScore == null) {
                continue;
            }
            if (parentScore < topScore / 3) {
                break;
            }
            if (parentScore > lastScore) {
                return parent;
            }
            lastScore = parentScore;
        }
        return top;
    }

    private static boolean isPageRoot(HtmlNode node) {
        return node.tag.equals("body") || node.tag.equals("html") || node.parent == null;
    }

    private boolean insideFurniture(HtmlNode node, long pageText) {
        for (HtmlNode ancestor = node; ancestor != null; ancestor = ancestor.parent) {
            if (FurnitureMarkers.isStrongFurniture(ancestor) && textLength(ancestor) < pageText / 2) {
                return true;
            }
        }
        return false;
    }

    private static HtmlNode root(HtmlNode node) {
        HtmlNode root = node;
        while (root.parent != null) {
            root = root.parent;
        }
        return root;
    }

    double linkDensity(HtmlNode node) {
        long[] counts = textAndLinks.get(node);
        return counts == null || counts[0] == 0 ? 0 : (double) counts[1] / counts[0];
    }

    long textLength(HtmlNode node) {
        long[] counts = textAndLinks.get(node);
        return counts == null ? 0 : counts[0];
    }

    private void score(HtmlBlock block) {
        String text = block.text();
        if (text.length() < MIN_PARAGRAPH || block.type() == BlockType.HEADING || block.type() == BlockType.CAPTION) {
            return;
        }
        double points = 1 + commas(text) + Math.min(text.length() / 100.0, 3);
        if (block.type() == BlockType.LIST_ITEM) {
            points /= 2;
        }
        // Text straight inside a container counts as a paragraph of that container, as Readability
        // does by wrapping such text in <p> elements.
        HtmlNode owner = block.owner();
        HtmlNode node = CONTAINERS.contains(owner.tag) ? owner : owner.parent;
        for (int level = 0; level < ANCESTOR_LEVELS && node != null; level++, node = node.parent) {
            double share = points / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
            scores.merge(node, initialScore(node) + share, (old, added) -> old + share);
        }
    }

    private static double initialScore(HtmlNode node) {
        double score = switch (node.tag) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if (FurnitureMarkers.declaresArticleBody(node)) {
            score += 50;
        }
        return score + FurnitureMarkers.classWeight(node);
    }

    private static int commas(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '、' || c == '،') {
                count++;
            }
        }
        return count;
    }

    private List<HtmlNode> withSiblings(HtmlNode top, double topScore) {
        if (top.parent == null) {
            return new ArrayList<>(List.of(top));
        }
        double threshold = Math.max(10, topScore * 0.2);
        List<HtmlNode> region = new ArrayList<>();
        for (HtmlContent child : top.parent.content()) {
            if (!(child instanceof HtmlNode sibling)) {
                continue;
            }
            if (sibling == top) {
                region.add(sibling);
                continue;
            }
            double bonus = !top.attribute("class").isEmpty() && top.attribute("class").equals(sibling.attribute("class"))
                    ? topScore * 0.2 : 0;
            double score = scores.getOrDefault(sibling, 0.0);
            if (score + bonus >= threshold && !FurnitureMarkers.isFurniture(sibling)) {
                region.add(sibling);
            } else if (sibling.tag.equals("p") && isProse(sibling)) {
                region.add(sibling);
            }
        }
        return region;
    }

    /** Bodies split by figures or ads into several containers of the same class, not always siblings. */
    private void addSameClassElsewhere(HtmlNode top, String topClass, List<HtmlNode> region) {
        for (HtmlNode node : scores.keySet()) {
            if (node != top && node.tag.equals(top.tag) && node.attribute("class").equals(topClass)
                    && region.stream().noneMatch(node::isInside) && !top.isInside(node)
                    && linkDensity(node) < 0.3 && !underFurniture(node, top)) {
                region.add(node);
            }
        }
        region.sort(BodySelector::documentOrder);
    }

    /** Whether a furniture element (comments, sidebar…) holds {@code node} below its common ancestor with {@code top}. */
    private static boolean underFurniture(HtmlNode node, HtmlNode top) {
        for (HtmlNode ancestor = node; ancestor != null && !top.isInside(ancestor); ancestor = ancestor.parent) {
            if (FurnitureMarkers.isFurniture(ancestor)) {
                return true;
            }
        }
        return false;
    }

    private static int documentOrder(HtmlNode a, HtmlNode b) {
        return Integer.compare(a.order, b.order);
    }

    private boolean isProse(HtmlNode paragraph) {
        long length = textLength(paragraph);
        double density = linkDensity(paragraph);
        if (length > 80) {
            return density < 0.25;
        }
        String text = paragraph.text().strip();
        return length > 0 && density == 0 && text.matches("(?s).*[.!?。！？]$");
    }
}
