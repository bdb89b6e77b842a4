package io.trustbench.secureelement.ui.internal.explorer;

import java.util.Objects;

import io.trustbench.secureelement.core.DeviceDescriptor;

/**
 * A kit and its chip. Equal by model and device id only: the descriptor may be refined (a serial
 * kit learns its kind) without the tree forgetting the node.
 */
public record DeviceNode(TransportNode transport, DeviceDescriptor descriptor) implements ExplorerNode {

	public String id() {
		return descriptor.id();
	}

	public ExplorerModel model() {
		return transport.model();
	}

	/** What the chip has told us so far (loading, loaded or failed). */
	public DeviceState state() {
		return model().state(id());
	}

	@Override
	public ExplorerNode parent() {
		return transport;
	}

	@Override
	public DeviceNode device() {
		return this;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof DeviceNode node && node.transport.model() == transport.model()
				&& node.id().equals(id());
	}

	@Override
	public int hashCode() {
		return Objects.hash(System.identityHashCode(transport.model()), id());
	}
}
