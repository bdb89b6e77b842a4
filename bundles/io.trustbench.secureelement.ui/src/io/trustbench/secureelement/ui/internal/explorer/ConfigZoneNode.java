package io.trustbench.secureelement.ui.internal.explorer;

/** "Configuration zone": chip-wide fields, with one {@link ConfigSlotNode} per slot below it. */
public record ConfigZoneNode(DeviceNode parent) implements ExplorerNode {
}
