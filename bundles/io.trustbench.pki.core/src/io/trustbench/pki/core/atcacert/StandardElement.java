package io.trustbench.pki.core.atcacert;

/** The standard elements a definition locates in its template (atcacert std_cert_elements order). */
public enum StandardElement {
	PUBLIC_KEY, SIGNATURE, ISSUE_DATE, EXPIRE_DATE, SIGNER_ID, CERT_SN, AUTH_KEY_ID, SUBJ_KEY_ID
}
