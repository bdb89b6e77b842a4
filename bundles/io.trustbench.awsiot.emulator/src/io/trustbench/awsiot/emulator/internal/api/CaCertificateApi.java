package io.trustbench.awsiot.emulator.internal.api;

import java.util.List;

import com.google.gson.JsonObject;

import io.trustbench.awsiot.emulator.internal.registry.Arns;
import io.trustbench.awsiot.emulator.internal.registry.CertificateRegistry;
import io.trustbench.awsiot.emulator.internal.registry.Page;
import io.trustbench.awsiot.emulator.internal.state.CaCertificateRecord;

/** RegisterCACertificate, UpdateCACertificate, DescribeCACertificate, ListCACertificates, DeleteCACertificate. */
public final class CaCertificateApi implements ApiFamily {

	private final CertificateRegistry certificates;
	private final Arns arns;

	public CaCertificateApi(CertificateRegistry certificates, Arns arns) {
		this.certificates = certificates;
		this.arns = arns;
	}

	@Override
	public void register(Router router) {
		router.add("POST", "/cacertificate", "RegisterCACertificate", this::registerCa);
		router.add("PUT", "/cacertificate/{caCertificateId}", "UpdateCACertificate", this::updateCa);
		router.add("GET", "/cacertificate/{caCertificateId}", "DescribeCACertificate", this::describeCa);
		router.add("DELETE", "/cacertificate/{caCertificateId}", "DeleteCACertificate", this::deleteCa);
		router.add("GET", "/cacertificates", "ListCACertificates", this::listCas);
	}

	private ApiResponse registerCa(ApiRequest request) {
		Boolean setAsActive = request.queryBoolean("setAsActive");
		Boolean allowAutoRegistration = request.queryBoolean("allowAutoRegistration");
		CaCertificateRecord r = certificates.registerCa(request.requiredString("caCertificate"),
				request.string("verificationCertificate"), Boolean.TRUE.equals(setAsActive),
				Boolean.TRUE.equals(allowAutoRegistration), request.object("registrationConfig"),
				request.string("certificateMode"));
		JsonObject out = new JsonObject();
		out.addProperty("certificateArn", arns.caCert(r.id));
		out.addProperty("certificateId", r.id);
		return ApiResponse.ok(out);
	}

	private ApiResponse updateCa(ApiRequest request) {
		Boolean remove = request.bool("removeAutoRegistration");
		certificates.updateCa(request.path("caCertificateId"), request.query("newStatus"),
				request.query("newAutoRegistrationStatus"), request.object("registrationConfig"), Boolean.TRUE.equals(remove));
		return ApiResponse.empty();
	}

	private ApiResponse describeCa(ApiRequest request) {
		CaCertificateRecord r = certificates.describeCa(request.path("caCertificateId"));
		JsonObject d = new JsonObject();
		d.addProperty("certificateArn", arns.caCert(r.id));
		d.addProperty("certificateId", r.id);
		d.addProperty("status", r.status);
		d.addProperty("certificatePem", r.pem);
		d.addProperty("ownedBy", arns.prefix().split(":")[4]);
		d.addProperty("creationDate", Json.seconds(r.createdMillis));
		d.addProperty("autoRegistrationStatus", r.autoRegistrationStatus);
		d.addProperty("lastModifiedDate", Json.seconds(r.modifiedMillis));
		d.addProperty("customerVersion", r.customerVersion);
		d.addProperty("generationId", r.generationId);
		d.add("validity", CertificateApi.validity(r.pem));
		d.addProperty("certificateMode", r.certificateMode);
		JsonObject out = new JsonObject();
		out.add("certificateDescription", d);
		if (r.registrationConfig != null) {
			out.add("registrationConfig", r.registrationConfig);
		}
		return ApiResponse.ok(out);
	}

	private ApiResponse deleteCa(ApiRequest request) {
		certificates.deleteCa(request.path("caCertificateId"));
		return ApiResponse.empty();
	}

	private ApiResponse listCas(ApiRequest request) {
		List<CaCertificateRecord> all = certificates.listCas(!Boolean.FALSE.equals(request.queryBoolean("isAscendingOrder")));
		Page<CaCertificateRecord> page = Page.of(all, request.query("marker"), request.queryInt("pageSize"), 25, 250);
		JsonObject out = new JsonObject();
		out.add("certificates", Json.array(page.items(), r -> {
			JsonObject c = new JsonObject();
			c.addProperty("certificateArn", arns.caCert(r.id));
			c.addProperty("certificateId", r.id);
			c.addProperty("status", r.status);
			c.addProperty("creationDate", Json.seconds(r.createdMillis));
			return c;
		}));
		return ApiResponse.ok(Json.withMarker(out, "nextMarker", page.nextMarker()));
	}
}
