package io.trustbench.provisioning.ui.internal.handlers;

import org.eclipse.osgi.util.NLS;

/** Texts of the wizard's command. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String Handler_noFlow;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
