package io.trustbench.secureelement.ui.internal.explorer;

/** A leaf that says something instead of showing data: "Reading the chip…", "No kits found", or why it failed. */
public record MessageNode(ExplorerNode parent, String text, Kind kind) implements ExplorerNode {

	public enum Kind { PENDING, INFO, ERROR }

	public boolean error() {
		return kind == Kind.ERROR;
	}
}
