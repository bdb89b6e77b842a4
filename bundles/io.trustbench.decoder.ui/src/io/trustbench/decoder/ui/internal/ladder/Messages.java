package io.trustbench.decoder.ui.internal.ladder;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

	public static String Ladder_client;
	public static String Ladder_server;
	public static String Ladder_connection;
	public static String Ladder_noTls;
	public static String Ladder_noTlsMessages;
	public static String Ladder_empty;
	public static String Ladder_dropped;
	public static String Ladder_listed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
