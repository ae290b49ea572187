CREATE TABLE stored_blobs (
    sha256 character varying(64) NOT NULL,
    content bytea NOT NULL,
    length bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    CONSTRAINT "PK_stored_blobs" PRIMARY KEY (sha256)
);
