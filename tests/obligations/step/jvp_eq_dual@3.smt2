; torchsmt obligation step.jvp_eq_dual@3 (lemma, op step, jvp_eq_dual)
; the jvp rule equals the dual-number J v at shapes ((3,),), off kinks
(set-info :source |torchsmt lemma step.jvp_eq_dual@3 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun x0_1 () Real)
(declare-fun x0_2 () Real)
(assert
 (and (distinct 0.0 x0_0) true))
(assert
 (and (distinct 0.0 x0_1) true))
(assert
 (and (distinct 0.0 x0_2) true))
(assert
 (let (($x25 (= 0.0 (ite (< 0.0 x0_0) 0.0 0.0))))
(not $x25)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun x0_1 () Real)
(declare-fun x0_2 () Real)
(assert
 (and (distinct 0.0 x0_0) true))
(assert
 (and (distinct 0.0 x0_1) true))
(assert
 (and (distinct 0.0 x0_2) true))
(assert
 (let (($x26 (= 0.0 (ite (< 0.0 x0_1) 0.0 0.0))))
(not $x26)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun x0_1 () Real)
(declare-fun x0_2 () Real)
(assert
 (and (distinct 0.0 x0_0) true))
(assert
 (and (distinct 0.0 x0_1) true))
(assert
 (and (distinct 0.0 x0_2) true))
(assert
 (let (($x27 (= 0.0 (ite (< 0.0 x0_2) 0.0 0.0))))
(not $x27)))
(check-sat)
