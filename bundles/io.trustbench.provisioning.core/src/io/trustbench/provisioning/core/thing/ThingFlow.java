package io.trustbench.provisioning.core.thing;

import io.trustbench.provisioning.core.byoc.SignerAuthority;
import io.trustbench.provisioning.core.flow.Flow;

/**
 * A flow that gives things their identity: it signs their certificates with the signer and
 * connects them through the thing connector (JITR, JITP, fleet). A null connector makes the flow
 * stop after preparing and say why.
 */
public abstract class ThingFlow implements Flow {

	private final String id;
	protected final SignerAuthority signer;
	protected final ThingConnector connector;

	protected ThingFlow(String id, SignerAuthority signer, ThingConnector connector) {
		this.id = id;
		this.signer = signer;
		this.connector = connector;
	}

	@Override
	public final String id() {
		return id;
	}
}
