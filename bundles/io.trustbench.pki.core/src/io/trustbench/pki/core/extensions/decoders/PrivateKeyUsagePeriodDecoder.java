package io.trustbench.pki.core.extensions.decoders;

import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.x509.PrivateKeyUsagePeriod;

import io.trustbench.pki.core.extensions.ExtensionDecoder;

/** 2.5.29.16: when the private key may be used. */
public final class PrivateKeyUsagePeriodDecoder implements ExtensionDecoder {

	@Override
	public String decode(byte[] value) throws Exception {
		PrivateKeyUsagePeriod period = PrivateKeyUsagePeriod.getInstance(value);
		List<String> parts = new ArrayList<>();
		if (period.getNotBefore() != null) {
			parts.add("Not Before: " + format(period.getNotBefore()));
		}
		if (period.getNotAfter() != null) {
			parts.add("Not After: " + format(period.getNotAfter()));
		}
		return String.join(", ", parts);
	}

	private static String format(ASN1GeneralizedTime time) throws Exception {
		SimpleDateFormat out = new SimpleDateFormat("MMM d HH:mm:ss yyyy 'GMT'", Locale.ROOT);
		out.setTimeZone(TimeZone.getTimeZone("UTC"));
		return out.format(time.getDate());
	}
}
