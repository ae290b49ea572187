CREATE TABLE "work_items" (
    "id" INTEGER NOT NULL CONSTRAINT "PK_work_items" PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "status" INTEGER NOT NULL,
    "attempts" INTEGER NOT NULL,
    "max_attempts" INTEGER NOT NULL,
    "run_after_ms" INTEGER NOT NULL,
    "lease_owner" TEXT NULL,
    "lease_expires_ms" INTEGER NULL,
    "last_error" TEXT NULL,
    "created_ms" INTEGER NOT NULL,
    "updated_ms" INTEGER NOT NULL,
    "completed_ms" INTEGER NULL
);

CREATE INDEX "ix_work_items_status_run_after" ON "work_items" ("status", "run_after_ms");
