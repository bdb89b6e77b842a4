package io.trustbench.awsiot.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the AWS IoT Console view. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "io.trustbench.awsiot.ui.internal.messages";

	public static String connection_target;
	public static String connection_local;
	public static String connection_aws;
	public static String connection_endpoint;
	public static String connection_profile;
	public static String connection_region;
	public static String connection_url;
	public static String connection_connect;
	public static String connection_refresh;
	public static String connection_badUrl;
	public static String tab_cas;
	public static String tab_certificates;
	public static String tab_things;
	public static String tab_policies;
	public static String tab_rules;
	public static String tab_mqtt;
	public static String tab_shadow;
	public static String column_id;
	public static String column_status;
	public static String column_autoRegistration;
	public static String column_created;
	public static String column_ca;
	public static String column_policies;
	public static String column_things;
	public static String column_notes;
	public static String column_name;
	public static String column_type;
	public static String column_attributes;
	public static String column_principals;
	public static String column_arn;
	public static String column_enabled;
	public static String column_sql;
	public static String column_actions;
	public static String yes;
	public static String no;
	public static String action_activate;
	public static String action_deactivate;
	public static String action_revoke;
	public static String action_delete;
	public static String action_enable;
	public static String action_disable;
	public static String confirm_deactivate;
	public static String confirm_revoke;
	public static String confirm_delete;
	public static String confirm_deactivateCa;
	public static String confirm_deleteCa;
	public static String confirm_deleteThing;
	public static String confirm_deletePolicy;
	public static String confirm_disableRule;
	public static String confirm_deleteRule;
	public static String mqtt_filter;
	public static String mqtt_subscribe;
	public static String mqtt_unsubscribe;
	public static String mqtt_publishTo;
	public static String mqtt_publish;
	public static String mqtt_payload;
	public static String mqtt_time;
	public static String mqtt_topic;
	public static String mqtt_qos;
	public static String mqtt_bytes;
	public static String mqtt_cannotConnect;
	public static String shadow_thing;
	public static String shadow_name;
	public static String shadow_classic;
	public static String shadow_load;
	public static String shadow_update;
	public static String shadow_delete;
	public static String shadow_deleteQuestion;
	public static String shadow_reported;
	public static String shadow_desired;
	public static String shadow_delta;
	public static String shadow_version;
	public static String shadow_none;
	public static String shadow_loaded;
	public static String shadow_noThing;
	public static String job_connect;
	public static String job_list;
	public static String job_listFailed;
	public static String status_notConnected;
	public static String status_connected;
	public static String status_listed;
	public static String notice_none;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
