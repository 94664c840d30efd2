; torchsmt obligation slice.jvp_eq_dual@5 (lemma, op slice, jvp_eq_dual)
; the jvp rule equals the dual-number J v at shapes ((5,),), off kinks
(set-info :source |torchsmt lemma slice.jvp_eq_dual@5 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun v0_1 () Real)
(assert
 (let (($x16 (= v0_1 v0_1)))
(not $x16)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun v0_2 () Real)
(assert
 (let (($x17 (= v0_2 v0_2)))
(not $x17)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun v0_3 () Real)
(assert
 (let (($x18 (= v0_3 v0_3)))
(not $x18)))
(check-sat)
