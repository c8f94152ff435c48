-- Alerts the application mails to administrators about its own data (the holiday table running out,
-- groups that receive tasks without anyone in them): one row per open problem, so that a problem is
-- mailed once, not at every start, every day or by every node sharing the database. The first node to
-- insert the row sends the mail in the same transaction; a node that finds the row sends nothing. A
-- row is removed once its problem is gone, so that the problem is mailed again if it comes back.
-- Written for both H2 and PostgreSQL.
--
-- alert_key   what the alert is about, e.g. holiday-coverage:2027 or empty-group:agency-justice
-- raised_at   when it was mailed
-- recipients  the addresses it was mailed to, for an operator
CREATE TABLE operations_alert (
    alert_key   VARCHAR(200)             NOT NULL PRIMARY KEY,
    raised_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    recipients  VARCHAR(2000)
);
