; torchsmt obligation abs.jvp_eq_dual@2x3 (lemma, op abs, jvp_eq_dual)
; the jvp rule equals the dual-number J v at shapes ((2, 3),), off kinks
(set-info :source |torchsmt lemma abs.jvp_eq_dual@2x3 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun v0_0_0 () Real)
(assert
 (and (distinct 0.0 x0_0_0) true))
(assert
 (and (distinct 0.0 x0_0_1) true))
(assert
 (and (distinct 0.0 x0_0_2) true))
(assert
 (and (distinct 0.0 x0_1_0) true))
(assert
 (and (distinct 0.0 x0_1_1) true))
(assert
 (and (distinct 0.0 x0_1_2) true))
(assert
 (let ((?x68 (ite (< 0.0 x0_0_0) 1.0 (ite (> 0.0 x0_0_0) (- 1.0) 0.0))))
(let (($x80 (= (* v0_0_0 ?x68) (ite (> 0.0 x0_0_0) (- v0_0_0) v0_0_0))))
(not $x80))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun v0_0_1 () Real)
(assert
 (and (distinct 0.0 x0_0_0) true))
(assert
 (and (distinct 0.0 x0_0_1) true))
(assert
 (and (distinct 0.0 x0_0_2) true))
(assert
 (and (distinct 0.0 x0_1_0) true))
(assert
 (and (distinct 0.0 x0_1_1) true))
(assert
 (and (distinct 0.0 x0_1_2) true))
(assert
 (let ((?x69 (ite (< 0.0 x0_0_1) 1.0 (ite (> 0.0 x0_0_1) (- 1.0) 0.0))))
(let (($x81 (= (* v0_0_1 ?x69) (ite (> 0.0 x0_0_1) (- v0_0_1) v0_0_1))))
(not $x81))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun v0_0_2 () Real)
(assert
 (and (distinct 0.0 x0_0_0) true))
(assert
 (and (distinct 0.0 x0_0_1) true))
(assert
 (and (distinct 0.0 x0_0_2) true))
(assert
 (and (distinct 0.0 x0_1_0) true))
(assert
 (and (distinct 0.0 x0_1_1) true))
(assert
 (and (distinct 0.0 x0_1_2) true))
(assert
 (let ((?x70 (ite (< 0.0 x0_0_2) 1.0 (ite (> 0.0 x0_0_2) (- 1.0) 0.0))))
(let (($x82 (= (* v0_0_2 ?x70) (ite (> 0.0 x0_0_2) (- v0_0_2) v0_0_2))))
(not $x82))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun v0_1_0 () Real)
(assert
 (and (distinct 0.0 x0_0_0) true))
(assert
 (and (distinct 0.0 x0_0_1) true))
(assert
 (and (distinct 0.0 x0_0_2) true))
(assert
 (and (distinct 0.0 x0_1_0) true))
(assert
 (and (distinct 0.0 x0_1_1) true))
(assert
 (and (distinct 0.0 x0_1_2) true))
(assert
 (let ((?x71 (ite (< 0.0 x0_1_0) 1.0 (ite (> 0.0 x0_1_0) (- 1.0) 0.0))))
(let (($x83 (= (* v0_1_0 ?x71) (ite (> 0.0 x0_1_0) (- v0_1_0) v0_1_0))))
(not $x83))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun v0_1_1 () Real)
(assert
 (and (distinct 0.0 x0_0_0) true))
(assert
 (and (distinct 0.0 x0_0_1) true))
(assert
 (and (distinct 0.0 x0_0_2) true))
(assert
 (and (distinct 0.0 x0_1_0) true))
(assert
 (and (distinct 0.0 x0_1_1) true))
(assert
 (and (distinct 0.0 x0_1_2) true))
(assert
 (let ((?x72 (ite (< 0.0 x0_1_1) 1.0 (ite (> 0.0 x0_1_1) (- 1.0) 0.0))))
(let (($x84 (= (* v0_1_1 ?x72) (ite (> 0.0 x0_1_1) (- v0_1_1) v0_1_1))))
(not $x84))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun v0_1_2 () Real)
(assert
 (and (distinct 0.0 x0_0_0) true))
(assert
 (and (distinct 0.0 x0_0_1) true))
(assert
 (and (distinct 0.0 x0_0_2) true))
(assert
 (and (distinct 0.0 x0_1_0) true))
(assert
 (and (distinct 0.0 x0_1_1) true))
(assert
 (and (distinct 0.0 x0_1_2) true))
(assert
 (let ((?x73 (ite (< 0.0 x0_1_2) 1.0 (ite (> 0.0 x0_1_2) (- 1.0) 0.0))))
(let (($x85 (= (* v0_1_2 ?x73) (ite (> 0.0 x0_1_2) (- v0_1_2) v0_1_2))))
(not $x85))))
(check-sat)
