package io.trustbench.secureelement.ui.internal.explorer;

/** "Slots 0–15": the data zone, one {@link SlotNode} per slot. */
public record SlotsNode(DeviceNode parent) implements ExplorerNode {
}
