package io.trustbench.pki.ui.internal.editor;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "io.trustbench.pki.ui.internal.editor.messages";

	public static String CertificateEditor_wrongInput;
	public static String CertificateEditor_missing;
	public static String CertificateEditor_cannotRead;
	public static String CertificateEditor_cannotShow;
	public static String CertificateEditor_summary;
	public static String CertificateEditor_fields;
	public static String CertificateEditor_asn1;
	public static String CertificateEditor_pem;
	public static String CertificateEditor_text;
	public static String ChainPanel_subject;
	public static String ChainPanel_issuer;
	public static String ChainPanel_expires;
	public static String ChainPanel_status;
	public static String ChainPanel_anchors;
	public static String FieldsPanel_field;
	public static String FieldsPanel_value;
	public static String Asn1Panel_element;
	public static String Asn1Panel_offset;
	public static String Asn1Panel_header;
	public static String Asn1Panel_length;
	public static String Asn1Panel_value;
	public static String HexPanel_summary;
	public static String HexPanel_selection;
	public static String HexPanel_notInDer;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
