
-- What each label type means (DESIGN.md section 1; docs/types.md).
COMMENT ON TYPE @extschema@.rel_stage IS
    'Stage of interdependence between vendor and customer: independent < dependent < interdependent < deep_dependent < deep_interdependent (int 1..5)';
COMMENT ON TYPE @extschema@.trust_level IS
    'Trust level after Lewicki and Bunker: none < calculus < knowledge < identification (int 0..3)';
COMMENT ON TYPE @extschema@.jbp_mode IS
    'How a joint business plan was made: none < customer_led < co_developed (int 0..2)';
COMMENT ON TYPE @extschema@.contact_channel IS
    'Channel of a contact: face_to_face, video, phone, email, paper_mail, web, customer_service, social_media (int 1..8)';
COMMENT ON TYPE @extschema@.org_level IS
    'Level of a person in an organisation: operational < management < senior < executive (int 1..4)';
