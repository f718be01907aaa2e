"""The creation wizard: one page per part of the convention, a review page, drafts."""
