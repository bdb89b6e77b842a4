package io.trustbench.pki.core.atcacert;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How a full X.509 certificate is rebuilt from a template plus the few bytes a secure element
 * stores (atcacert_def_t): element locations in the template, where each element lives on the
 * device, the serial-number source and date formats. Immutable; create with {@link #builder()}.
 * Only X.509 certificates with P-256 ECDSA signatures are supported.
 */
public final class CertificateDefinition {

	private final String name;
	private final int templateId;
	private final int chainId;
	private final SerialNumberSource serialNumberSource;
	private final DeviceLocation serialNumberDeviceLocation;
	private final DateFormat issueDateFormat;
	private final DateFormat expireDateFormat;
	private final CertLocation tbsLocation;
	private final int expireYears;
	private final DeviceLocation publicKeyDeviceLocation;
	private final DeviceLocation compressedCertificateDeviceLocation;
	private final int privateKeySlot;
	private final Map<StandardElement, CertLocation> elements;
	private final List<CertificateElement> extraElements;
	private final byte[] template;

	private CertificateDefinition(Builder b) {
		this.name = b.name;
		this.templateId = b.templateId;
		this.chainId = b.chainId;
		this.serialNumberSource = b.serialNumberSource;
		this.serialNumberDeviceLocation = b.serialNumberDeviceLocation;
		this.issueDateFormat = b.issueDateFormat;
		this.expireDateFormat = b.expireDateFormat;
		this.tbsLocation = b.tbsLocation;
		this.expireYears = b.expireYears;
		this.publicKeyDeviceLocation = b.publicKeyDeviceLocation;
		this.compressedCertificateDeviceLocation = b.compressedCertificateDeviceLocation;
		this.privateKeySlot = b.privateKeySlot;
		this.elements = Map.copyOf(b.elements);
		this.extraElements = List.copyOf(b.extraElements);
		this.template = b.template.clone();
	}

	public static Builder builder() {
		return new Builder();
	}

	/** A builder holding every field of this definition, to derive a variant of it. */
	public Builder toBuilder() {
		Builder b = new Builder().name(name).templateId(templateId).chainId(chainId)
				.serialNumberSource(serialNumberSource).serialNumberDeviceLocation(serialNumberDeviceLocation)
				.issueDateFormat(issueDateFormat).expireDateFormat(expireDateFormat)
				.tbs(tbsLocation.offset(), tbsLocation.count()).expireYears(expireYears)
				.publicKeyDeviceLocation(publicKeyDeviceLocation)
				.compressedCertificateDeviceLocation(compressedCertificateDeviceLocation).privateKeySlot(privateKeySlot)
				.template(template);
		b.elements.putAll(elements);
		b.extraElements.addAll(extraElements);
		return b;
	}

	/** Label for messages and listings, e.g. "ASI signer (template 1)". */
	public String name() {
		return name;
	}

	public int templateId() {
		return templateId;
	}

	public int chainId() {
		return chainId;
	}

	public SerialNumberSource serialNumberSource() {
		return serialNumberSource;
	}

	public DeviceLocation serialNumberDeviceLocation() {
		return serialNumberDeviceLocation;
	}

	public DateFormat issueDateFormat() {
		return issueDateFormat;
	}

	public DateFormat expireDateFormat() {
		return expireDateFormat;
	}

	/** The signed part (TBSCertificate) in the template. */
	public CertLocation tbsLocation() {
		return tbsLocation;
	}

	/** Validity in whole years written into compressed certificates; 0 = no expiry (max date). */
	public int expireYears() {
		return expireYears;
	}

	public DeviceLocation publicKeyDeviceLocation() {
		return publicKeyDeviceLocation;
	}

	public DeviceLocation compressedCertificateDeviceLocation() {
		return compressedCertificateDeviceLocation;
	}

	public int privateKeySlot() {
		return privateKeySlot;
	}

	/** Location of a standard element; {@link CertLocation#NONE} when the template has none. */
	public CertLocation location(StandardElement element) {
		return elements.getOrDefault(element, CertLocation.NONE);
	}

	public List<CertificateElement> extraElements() {
		return extraElements;
	}

	/** A copy of the template certificate. */
	public byte[] template() {
		return template.clone();
	}

	public int templateSize() {
		return template.length;
	}

	/** Fluent builder; {@link #build()} checks every location against the template. */
	public static final class Builder {
		private String name = "certificate definition";
		private int templateId;
		private int chainId;
		private SerialNumberSource serialNumberSource = SerialNumberSource.STORED;
		private DeviceLocation serialNumberDeviceLocation = DeviceLocation.NONE;
		private DateFormat issueDateFormat = DateFormat.RFC5280_UTC;
		private DateFormat expireDateFormat = DateFormat.RFC5280_GEN;
		private CertLocation tbsLocation;
		private int expireYears;
		private DeviceLocation publicKeyDeviceLocation = DeviceLocation.NONE;
		private DeviceLocation compressedCertificateDeviceLocation = DeviceLocation.NONE;
		private int privateKeySlot;
		private final Map<StandardElement, CertLocation> elements = new EnumMap<>(StandardElement.class);
		private final List<CertificateElement> extraElements = new ArrayList<>();
		private byte[] template;

		public Builder name(String value) {
			name = value;
			return this;
		}

		public Builder templateId(int value) {
			templateId = value;
			return this;
		}

		public Builder chainId(int value) {
			chainId = value;
			return this;
		}

		public Builder serialNumberSource(SerialNumberSource value) {
			serialNumberSource = value;
			return this;
		}

		public Builder serialNumberDeviceLocation(DeviceLocation value) {
			serialNumberDeviceLocation = value;
			return this;
		}

		public Builder issueDateFormat(DateFormat value) {
			issueDateFormat = value;
			return this;
		}

		public Builder expireDateFormat(DateFormat value) {
			expireDateFormat = value;
			return this;
		}

		public Builder tbs(int offset, int count) {
			tbsLocation = new CertLocation(offset, count);
			return this;
		}

		public Builder expireYears(int value) {
			expireYears = value;
			return this;
		}

		public Builder publicKeyDeviceLocation(DeviceLocation value) {
			publicKeyDeviceLocation = value;
			return this;
		}

		public Builder compressedCertificateDeviceLocation(DeviceLocation value) {
			compressedCertificateDeviceLocation = value;
			return this;
		}

		public Builder privateKeySlot(int value) {
			privateKeySlot = value;
			return this;
		}

		public Builder element(StandardElement element, int offset, int count) {
			elements.put(element, new CertLocation(offset, count));
			return this;
		}

		public Builder extraElement(CertificateElement element) {
			extraElements.add(element);
			return this;
		}

		public Builder template(byte[] value) {
			template = value.clone();
			return this;
		}

		public CertificateDefinition build() {
			if (template == null || template.length < 16) {
				throw new IllegalArgumentException(name + ": missing certificate template");
			}
			if (tbsLocation == null) {
				throw new IllegalArgumentException(name + ": missing TBS location");
			}
			if (templateId < 0 || templateId > 15 || chainId < 0 || chainId > 15) {
				throw new IllegalArgumentException(name + ": template and chain IDs are 4-bit values");
			}
			if (expireYears < 0 || expireYears > 127) {
				throw new IllegalArgumentException(name + ": expire years must be 0–127");
			}
			check("TBS", tbsLocation);
			for (Map.Entry<StandardElement, CertLocation> entry : elements.entrySet()) {
				if (entry.getKey() != StandardElement.SIGNATURE) {
					check(entry.getKey().name(), entry.getValue());
				}
			}
			for (CertificateElement extra : extraElements) {
				check(extra.id(), extra.certLocation());
			}
			CertLocation signature = elements.getOrDefault(StandardElement.SIGNATURE, CertLocation.NONE);
			if (!signature.isPresent() || signature.offset() >= template.length || template[signature.offset()] != 0x03) {
				throw new IllegalArgumentException(name + ": signature location must point at the BIT STRING tag");
			}
			expectSize(StandardElement.PUBLIC_KEY, 64);
			expectSize(StandardElement.SIGNER_ID, 4);
			expectSize(StandardElement.AUTH_KEY_ID, 20);
			expectSize(StandardElement.SUBJ_KEY_ID, 20);
			expectSize(StandardElement.ISSUE_DATE, issueDateFormat.size());
			expectSize(StandardElement.EXPIRE_DATE, expireDateFormat.size());
			if (serialNumberSource == SerialNumberSource.STORED_DYNAMIC) {
				throw new IllegalArgumentException(name + ": variable-length stored serial numbers are not supported");
			}
			return new CertificateDefinition(this);
		}

		private void expectSize(StandardElement element, int size) {
			CertLocation location = elements.get(element);
			if (location != null && location.isPresent() && location.count() != size) {
				throw new IllegalArgumentException(name + ": " + element + " must be " + size + " bytes, not "
						+ location.count());
			}
		}

		private void check(String what, CertLocation location) {
			if (location.end() > template.length) {
				throw new IllegalArgumentException(name + ": " + what + " location " + location.offset() + "+"
						+ location.count() + " is outside the " + template.length + "-byte template");
			}
		}
	}

	@Override
	public String toString() {
		return name + " (template " + templateId + ", chain " + chainId + ", " + serialNumberSource + ", "
				+ template.length + "-byte template)";
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(template) * 31 + templateId;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CertificateDefinition d && d.templateId == templateId && d.chainId == chainId
				&& d.serialNumberSource == serialNumberSource && Arrays.equals(d.template, template)
				&& d.elements.equals(elements);
	}
}
