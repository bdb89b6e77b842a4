package io.trustbench.secureelement.ui.internal.explorer;

/** A leaf that says something instead of showing data: "Reading the chip…", or why it failed. */
public record MessageNode(ExplorerNode parent, String text, boolean error) implements ExplorerNode {
}
