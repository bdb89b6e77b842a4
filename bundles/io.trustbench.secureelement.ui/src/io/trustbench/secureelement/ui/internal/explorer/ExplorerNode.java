package io.trustbench.secureelement.ui.internal.explorer;

/**
 * An element of the Device Explorer tree: transport → device → configuration zone / slots.
 * Nodes are small values (equal when they name the same thing), so the tree keeps its expansion
 * and selection across refreshes; what they show comes from the {@link ExplorerModel}.
 */
public sealed interface ExplorerNode permits TransportNode, DeviceNode, ConfigZoneNode, ConfigSlotNode,
		ConfigWordNode, SlotsNode, SlotNode, MessageNode {

	/** The node above this one, or null for a transport. */
	ExplorerNode parent();

	/** The device this node belongs to, or null for a transport. */
	default DeviceNode device() {
		ExplorerNode node = this;
		while (node != null && !(node instanceof DeviceNode)) {
			node = node.parent();
		}
		return (DeviceNode) node;
	}
}
