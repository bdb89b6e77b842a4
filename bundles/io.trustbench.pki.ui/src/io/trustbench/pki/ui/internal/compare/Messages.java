package io.trustbench.pki.ui.internal.compare;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "io.trustbench.pki.ui.internal.compare.messages";

	public static String CompareDialog_title;
	public static String CompareDialog_summary;
	public static String CompareDialog_onlyDifferences;
	public static String CompareDialog_field;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
