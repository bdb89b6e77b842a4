package io.trustbench.decoder.ui.internal.editor;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

	public static String Editor_badInput;
	public static String Editor_keyLogUnreadable;
	public static String Editor_indexing;
	public static String Editor_indexFailed;
	public static String Editor_indexCancelled;
	public static String Editor_badFilter;
	public static String Editor_filtering;
	public static String Editor_filterFailed;
	public static String Editor_decodingFrame;
	public static String Editor_decodeFailed;
	public static String Editor_chooseKeyLog;
	public static String Editor_keyLogFiles;
	public static String Editor_allFiles;
	public static String Editor_statusPackets;
	public static String Editor_statusDisplayed;
	public static String Editor_statusConnections;
	public static String Editor_statusKeyLog;
	public static String Editor_statusNoKeyLog;
	public static String Editor_statusIndexing;
	public static String Editor_statusFiltering;
	public static String FilterBar_label;
	public static String FilterBar_hint;
	public static String FilterBar_apply;
	public static String FilterBar_keyLog;
	public static String FilterBar_keyLogTooltip;
	public static String HexPane_bytes;
	public static String PacketTable_number;
	public static String PacketTable_time;
	public static String PacketTable_source;
	public static String PacketTable_destination;
	public static String PacketTable_protocol;
	public static String PacketTable_length;
	public static String PacketTable_info;
	public static String PacketTable_pending;
	public static String PacketTable_fetching;
	public static String PacketTable_fetchFailed;
	public static String Explanation_none;
	public static String Explanation_clientToServer;
	public static String Explanation_serverToClient;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
