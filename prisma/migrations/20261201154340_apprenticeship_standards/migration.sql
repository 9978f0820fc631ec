-- CreateTable
CREATE TABLE "ApprenticeshipStandard" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "level" INTEGER NOT NULL,
    "typicalDurationMonths" INTEGER NOT NULL,
    "route" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "forWorkforceSkills" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL DEFAULT 0
);

-- The list (issue 17): the five standards the results page named as text before,
-- from the national list of the Institute for Apprenticeships and Technical
-- Education (now Skills England), https://www.instituteforapprenticeships.org/apprenticeship-standards/.
-- Reference, level and typical duration to gateway as that list gives them (read
-- December 2026). A new standard is a new migration that inserts its row.
INSERT INTO "ApprenticeshipStandard" ("id", "name", "level", "typicalDurationMonths", "route", "source", "forWorkforceSkills", "position") VALUES
  ('ST0120', 'Digital support technician', 3, 15, 'digital', 'Institute for Apprenticeships and Technical Education, ST0120 version 1.1', true, 1),
  ('ST0973', 'Information communications technician', 3, 18, 'digital', 'Institute for Apprenticeships and Technical Education, ST0973', true, 2),
  ('ST0795', 'Data technician', 3, 24, 'digital', 'Institute for Apprenticeships and Technical Education, ST0795', true, 3),
  ('ST0070', 'Business administrator', 3, 18, 'business-and-administration', 'Institute for Apprenticeships and Technical Education, ST0070 version 1.0', true, 4),
  ('ST0122', 'Multi-channel marketer', 3, 18, 'sales-marketing-and-procurement', 'Institute for Apprenticeships and Technical Education, ST0122', true, 5);
