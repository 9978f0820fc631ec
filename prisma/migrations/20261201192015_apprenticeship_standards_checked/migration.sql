-- Issue 17: the five workforce standards checked against published pages (decision 036).
-- Each row's source now says what was checked, where, and what could not be confirmed.

-- Confirmed on the Institute's page: name, ST0120, version 1.1, level 3, 15 months to gateway.
UPDATE "ApprenticeshipStandard" SET "source" = 'Institute for Apprenticeships and Technical Education, ST0120 version 1.1 (instituteforapprenticeships.org/apprenticeship-standards/digital-support-technician-v1-1): level 3, typical duration to gateway 15 months'
WHERE "id" = 'ST0120';

-- Name and level 3 confirmed (occupational map OCC0973B, Information communications technician);
-- the typical duration was not found in a published page and is not confirmed.
UPDATE "ApprenticeshipStandard" SET "source" = 'Institute for Apprenticeships and Technical Education, ST0973 (occupational map OCC0973B): name and level 3 confirmed; typical duration of 18 months not confirmed'
WHERE "id" = 'ST0973';

-- Name and level 3 confirmed (occupation OCC0795, Data technician). The duration is not confirmed:
-- no Institute page found gives it, and one training provider runs it in 12 to 15 months, so 24 stays until checked.
UPDATE "ApprenticeshipStandard" SET "source" = 'Institute for Apprenticeships and Technical Education, ST0795 (occupation OCC0795): name and level 3 confirmed; typical duration of 24 months not confirmed (one provider: 12 to 15 months)'
WHERE "id" = 'ST0795';

-- Confirmed by the end-point assessment organisations that assess it (Notebook Assessment: ST0070 v1.0,
-- 18 months to gateway; Highfield: level 3, typical 18 months).
UPDATE "ApprenticeshipStandard" SET "source" = 'Institute for Apprenticeships and Technical Education, ST0070 version 1.0: level 3, typical duration to gateway 18 months (as published by its end-point assessment organisations)'
WHERE "id" = 'ST0070';

-- The Institute publishes Multi-channel marketer version 1.0; a training provider's reading of it
-- gives 12 months of training before the end-point assessment (13 to 15 months in all), not 18.
-- The reference number was not found in a published page.
UPDATE "ApprenticeshipStandard" SET "typicalDurationMonths" = 12, "source" = 'Institute for Apprenticeships and Technical Education, Multi-channel marketer version 1.0 (instituteforapprenticeships.org/apprenticeship-standards/multi-channel-marketer-v1-0): level 3; 12 months before the end-point assessment (13 to 15 in all); reference ST0122 not confirmed'
WHERE "id" = 'ST0122';
