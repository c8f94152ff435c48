-- PostgreSQL only (spring.flyway.locations adds db/vendor/{vendor}): the audit trail refuses any change
-- or removal of its rows, whoever asks, not only the application (which has no such statement). H2, the
-- demo database, has no trigger language in SQL; there the application's API is the guard.
CREATE FUNCTION audit_entry_refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'Nhật ký audit_entry chỉ được ghi thêm: không được sửa, xóa (%)', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_entry_append_only
    BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_refuse_change();

CREATE TRIGGER audit_entry_no_truncate
    BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_refuse_change();
