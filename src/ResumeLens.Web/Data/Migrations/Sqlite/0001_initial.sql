CREATE TABLE "stored_blobs" (
    "sha256" TEXT NOT NULL CONSTRAINT "PK_stored_blobs" PRIMARY KEY,
    "content" BLOB NOT NULL,
    "length" INTEGER NOT NULL,
    "created_at" TEXT NOT NULL
);
