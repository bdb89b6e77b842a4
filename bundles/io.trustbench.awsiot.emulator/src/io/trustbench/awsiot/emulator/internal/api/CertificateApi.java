package io.trustbench.awsiot.emulator.internal.api;

import java.security.cert.X509Certificate;
import java.util.List;

import com.google.gson.JsonObject;

import io.trustbench.awsiot.emulator.internal.pki.Pem;
import io.trustbench.awsiot.emulator.internal.registry.Arns;
import io.trustbench.awsiot.emulator.internal.registry.CertificateRegistry;
import io.trustbench.awsiot.emulator.internal.registry.Page;
import io.trustbench.awsiot.emulator.internal.state.CertificateRecord;

/** RegisterCertificate(WithoutCA), UpdateCertificate, DescribeCertificate, ListCertificates(ByCA), DeleteCertificate. */
public final class CertificateApi implements ApiFamily {

	private final CertificateRegistry certificates;
	private final Arns arns;

	public CertificateApi(CertificateRegistry certificates, Arns arns) {
		this.certificates = certificates;
		this.arns = arns;
	}

	@Override
	public void register(Router router) {
		router.add("POST", "/certificate/register", "RegisterCertificate", this::register);
		router.add("POST", "/certificate/register-no-ca", "RegisterCertificateWithoutCA", this::registerWithoutCa);
		router.add("PUT", "/certificates/{certificateId}", "UpdateCertificate", this::update);
		router.add("GET", "/certificates/{certificateId}", "DescribeCertificate", this::describe);
		router.add("DELETE", "/certificates/{certificateId}", "DeleteCertificate", this::delete);
		router.add("GET", "/certificates", "ListCertificates", r -> list(r, null));
		router.add("GET", "/certificates-by-ca/{caCertificateId}", "ListCertificatesByCA",
				r -> list(r, r.path("caCertificateId")));
	}

	private ApiResponse register(ApiRequest request) {
		CertificateRecord r = certificates.register(request.requiredString("certificatePem"),
				request.string("caCertificatePem"), request.queryBoolean("setAsActive"), request.string("status"));
		return created(r);
	}

	private ApiResponse registerWithoutCa(ApiRequest request) {
		return created(certificates.registerWithoutCa(request.requiredString("certificatePem"), request.string("status")));
	}

	private ApiResponse created(CertificateRecord r) {
		JsonObject out = new JsonObject();
		out.addProperty("certificateArn", arns.cert(r.id));
		out.addProperty("certificateId", r.id);
		return ApiResponse.ok(out);
	}

	private ApiResponse update(ApiRequest request) {
		certificates.update(request.path("certificateId"), request.query("newStatus"));
		return ApiResponse.empty();
	}

	private ApiResponse describe(ApiRequest request) {
		CertificateRecord r = certificates.describe(request.path("certificateId"));
		JsonObject d = new JsonObject();
		d.addProperty("certificateArn", arns.cert(r.id));
		d.addProperty("certificateId", r.id);
		if (r.caId != null) {
			d.addProperty("caCertificateId", r.caId);
		}
		d.addProperty("status", r.status);
		d.addProperty("certificatePem", r.pem);
		d.addProperty("ownedBy", arns.prefix().split(":")[4]);
		d.addProperty("creationDate", Json.seconds(r.createdMillis));
		d.addProperty("lastModifiedDate", Json.seconds(r.modifiedMillis));
		d.addProperty("customerVersion", r.customerVersion);
		d.addProperty("generationId", r.generationId);
		d.add("validity", validity(r.pem));
		d.addProperty("certificateMode", r.certificateMode);
		JsonObject out = new JsonObject();
		out.add("certificateDescription", d);
		return ApiResponse.ok(out);
	}

	private ApiResponse delete(ApiRequest request) {
		certificates.delete(request.path("certificateId"), Boolean.TRUE.equals(request.queryBoolean("forceDelete")));
		return ApiResponse.empty();
	}

	private ApiResponse list(ApiRequest request, String caId) {
		List<CertificateRecord> all = certificates.list(caId, !Boolean.FALSE.equals(request.queryBoolean("isAscendingOrder")));
		Page<CertificateRecord> page = Page.of(all, request.query("marker"), request.queryInt("pageSize"), 25, 250);
		JsonObject out = new JsonObject();
		out.add("certificates", Json.array(page.items(), r -> {
			JsonObject c = new JsonObject();
			c.addProperty("certificateArn", arns.cert(r.id));
			c.addProperty("certificateId", r.id);
			c.addProperty("status", r.status);
			c.addProperty("certificateMode", r.certificateMode);
			c.addProperty("creationDate", Json.seconds(r.createdMillis));
			return c;
		}));
		return ApiResponse.ok(Json.withMarker(out, "nextMarker", page.nextMarker()));
	}

	static JsonObject validity(String pem) {
		X509Certificate c = Pem.parseCertificate(pem);
		JsonObject v = new JsonObject();
		v.addProperty("notBefore", Json.seconds(c.getNotBefore().getTime()));
		v.addProperty("notAfter", Json.seconds(c.getNotAfter().getTime()));
		return v;
	}
}
