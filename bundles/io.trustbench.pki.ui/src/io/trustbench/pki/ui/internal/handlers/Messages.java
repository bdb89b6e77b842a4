package io.trustbench.pki.ui.internal.handlers;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "io.trustbench.pki.ui.internal.handlers.messages";

	public static String FileDialogs_certificates;
	public static String FileDialogs_all;
	public static String OpenCertificateHandler_title;
	public static String ExportCertificateHandler_title;
	public static String ExportCertificateHandler_pem;
	public static String ExportCertificateHandler_der;
	public static String ExportCertificateHandler_pkcs7;
	public static String ExportCertificateHandler_pemChain;
	public static String ExportCertificateHandler_failed;
	public static String ChooseTrustAnchorHandler_title;
	public static String ChooseTrustAnchorHandler_failed;
	public static String CompareCertificatesHandler_title;
	public static String CompareCertificatesHandler_first;
	public static String CompareCertificatesHandler_second;
	public static String CompareCertificatesHandler_failed;
	public static String OpenDeviceCertificateHandler_noCertificates;
	public static String OpenDeviceCertificateHandler_badBase64;
	public static String OpenDeviceCertificateHandler_defaultTitle;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
