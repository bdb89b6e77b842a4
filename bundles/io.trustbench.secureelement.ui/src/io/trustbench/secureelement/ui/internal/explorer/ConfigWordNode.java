package io.trustbench.secureelement.ui.internal.explorer;

/** One 16-bit config word of a slot: its SlotConfig ({@code keyConfig} false) or its KeyConfig. */
public record ConfigWordNode(ConfigSlotNode parent, boolean keyConfig) implements ExplorerNode {

	public int slot() {
		return parent.slot();
	}
}
