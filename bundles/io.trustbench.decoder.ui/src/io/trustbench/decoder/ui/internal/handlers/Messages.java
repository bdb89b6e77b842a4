package io.trustbench.decoder.ui.internal.handlers;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

	public static String OpenCapture_title;
	public static String OpenCapture_captures;
	public static String OpenCapture_all;
	public static String OpenCapture_failed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
