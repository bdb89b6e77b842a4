package io.trustbench.secureelement.ui.internal.explorer;

/** The SlotConfig and KeyConfig words of one slot, under the configuration zone. */
public record ConfigSlotNode(ConfigZoneNode parent, int slot) implements ExplorerNode {
}
