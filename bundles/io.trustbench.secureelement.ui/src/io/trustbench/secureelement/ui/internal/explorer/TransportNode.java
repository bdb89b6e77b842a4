package io.trustbench.secureelement.ui.internal.explorer;

/** A transport (emulated kits, USB HID dongles, USB CDC serial kits): the first level of the tree. */
public record TransportNode(ExplorerModel model, String id, String label) implements ExplorerNode {

	@Override
	public ExplorerNode parent() {
		return null;
	}
}
